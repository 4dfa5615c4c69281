"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_ON_HAND = exports.MAX_RESTOCK_QUANTITY = exports.MAX_RESERVATION_QUANTITY = void 0;
exports.quantity = quantity;
const inventory_errors_1 = require("./inventory.errors");
/** Largest single reservation: a checkout, not a warehouse transfer. */
exports.MAX_RESERVATION_QUANTITY = 1000;
exports.MAX_RESTOCK_QUANTITY = 1_000_000;
/** Units a product may hold on hand; keeps sums well inside PostgreSQL's 32-bit integer. */
exports.MAX_ON_HAND = 1_000_000_000;
function quantity(value, max) {
    if (!Number.isSafeInteger(value) || value < 1 || value > max) {
        throw new inventory_errors_1.InvalidQuantityError(`quantity must be a whole number between 1 and ${max}`);
    }
    return value;
}
