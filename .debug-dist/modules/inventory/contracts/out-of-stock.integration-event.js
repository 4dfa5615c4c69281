"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OutOfStockIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
const stock_levels_1 = require("./stock-levels");
/** Available stock fell to zero (emitted on the transition only); stream `inventory.stock:<productId>`. */
class OutOfStockIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'inventory.out-of-stock.v1';
    static description = 'Available stock of a product fell to zero.';
    static payloadSchema = {
        type: 'object',
        required: stock_levels_1.STOCK_LEVELS_REQUIRED,
        properties: stock_levels_1.STOCK_LEVELS_PROPERTIES,
    };
}
exports.OutOfStockIntegrationEvent = OutOfStockIntegrationEvent;
//# sourceMappingURL=out-of-stock.integration-event.js.map