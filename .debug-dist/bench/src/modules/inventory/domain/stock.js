"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.availableUnits = void 0;
exports.openStock = openStock;
exports.reserve = reserve;
exports.restock = restock;
const availability_transition_1 = require("./availability-transition");
const inventory_errors_1 = require("./inventory.errors");
const quantity_1 = require("./quantity");
const availableUnits = (stock) => stock.onHand - stock.reserved;
exports.availableUnits = availableUnits;
/** Stock of a product the catalog just created (its event schema guarantees a whole number ≥ 0); no stock event yet. */
function openStock(productId, initialStock) {
    return { productId, onHand: initialStock, reserved: 0, views: 0, deleted: false, version: 0 };
}
function assertActive(stock) {
    if (stock.deleted)
        throw new inventory_errors_1.StockNotFoundError(stock.productId);
}
/** The primary event, then the availability transition if the change crossed zero, on consecutive versions. */
function change(before, after, fact) {
    const levels = { onHand: after.onHand, available: (0, exports.availableUnits)(after) };
    const events = [{ ...fact, version: before.version + 1, levels }];
    const transition = (0, availability_transition_1.availabilityTransition)((0, exports.availableUnits)(before), levels.available);
    if (transition)
        events.push({ kind: transition, version: before.version + 2, levels });
    return { stock: { ...after, version: before.version + events.length }, events };
}
/** Sets units aside for a customer; refuses rather than let available stock go below zero. */
function reserve(stock, request) {
    const units = (0, quantity_1.quantity)(request.quantity, quantity_1.MAX_RESERVATION_QUANTITY);
    assertActive(stock);
    const available = (0, exports.availableUnits)(stock);
    if (units > available)
        throw new inventory_errors_1.InsufficientStockError(stock.productId, units, available);
    const reservation = { ...request, productId: stock.productId, quantity: units };
    const reserved = change(stock, { ...stock, reserved: stock.reserved + units }, { kind: 'stock-reserved', reservation });
    return { ...reserved, reservation };
}
function restock(stock, requested) {
    const units = (0, quantity_1.quantity)(requested, quantity_1.MAX_RESTOCK_QUANTITY);
    assertActive(stock);
    if (stock.onHand + units > quantity_1.MAX_ON_HAND)
        throw new inventory_errors_1.StockCapacityExceededError(stock.productId, quantity_1.MAX_ON_HAND);
    return change(stock, { ...stock, onHand: stock.onHand + units }, { kind: 'stock-replenished', quantity: units });
}
