"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BackInStockIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
const stock_levels_1 = require("./stock-levels");
/** Available stock rose above zero again (emitted on the transition only); stream `inventory.stock:<productId>`. */
class BackInStockIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'inventory.back-in-stock.v1';
    static description = 'A product that was out of stock can be reserved again.';
    static payloadSchema = {
        type: 'object',
        required: stock_levels_1.STOCK_LEVELS_REQUIRED,
        properties: stock_levels_1.STOCK_LEVELS_PROPERTIES,
    };
}
exports.BackInStockIntegrationEvent = BackInStockIntegrationEvent;
