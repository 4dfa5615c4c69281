"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApplyStockLevelsHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../inventory/contracts");
/**
 * Keeps `availability {inStock,available}` current from any stock event (each carries the levels
 * after the change); a stale event never overwrites a newer one.
 */
let ApplyStockLevelsHandler = class ApplyStockLevelsHandler {
    async handle(event, tx) {
        const { productId, available } = event.payload;
        await tx.manager.query(`UPDATE catalog.products SET available = $2, in_stock = $2 > 0, stock_version = $3
       WHERE id = $1 AND stock_version < $3`, [productId, available, event.envelope.streamVersion]);
    }
};
exports.ApplyStockLevelsHandler = ApplyStockLevelsHandler;
exports.ApplyStockLevelsHandler = ApplyStockLevelsHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)([contracts_1.StockReservedIntegrationEvent, contracts_1.StockReplenishedIntegrationEvent, contracts_1.OutOfStockIntegrationEvent, contracts_1.BackInStockIntegrationEvent], { consumer: 'catalog.stock-levels' })
], ApplyStockLevelsHandler);
//# sourceMappingURL=apply-stock-levels.handler.js.map