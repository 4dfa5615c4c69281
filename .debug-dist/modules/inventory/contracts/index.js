"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.INVENTORY_EVENTS = exports.stockStreamId = void 0;
const back_in_stock_integration_event_1 = require("./back-in-stock.integration-event");
const out_of_stock_integration_event_1 = require("./out-of-stock.integration-event");
const stock_replenished_integration_event_1 = require("./stock-replenished.integration-event");
const stock_reserved_integration_event_1 = require("./stock-reserved.integration-event");
__exportStar(require("./back-in-stock.integration-event"), exports);
__exportStar(require("./out-of-stock.integration-event"), exports);
__exportStar(require("./stock-levels"), exports);
__exportStar(require("./stock-replenished.integration-event"), exports);
__exportStar(require("./stock-reserved.integration-event"), exports);
const stockStreamId = (productId) => `inventory.stock:${productId}`;
exports.stockStreamId = stockStreamId;
exports.INVENTORY_EVENTS = [
    stock_reserved_integration_event_1.StockReservedIntegrationEvent,
    stock_replenished_integration_event_1.StockReplenishedIntegrationEvent,
    out_of_stock_integration_event_1.OutOfStockIntegrationEvent,
    back_in_stock_integration_event_1.BackInStockIntegrationEvent,
];
//# sourceMappingURL=index.js.map