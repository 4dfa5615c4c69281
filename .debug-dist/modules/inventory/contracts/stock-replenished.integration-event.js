"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StockReplenishedIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
const stock_levels_1 = require("./stock-levels");
/** Units were added to the warehouse; stream `inventory.stock:<productId>`. */
class StockReplenishedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'inventory.stock-replenished.v1';
    static description = 'Units of a product were added to stock (restock).';
    static payloadSchema = {
        type: 'object',
        required: [...stock_levels_1.STOCK_LEVELS_REQUIRED, 'quantity'],
        properties: { ...stock_levels_1.STOCK_LEVELS_PROPERTIES, quantity: { type: 'integer', minimum: 1 } },
    };
}
exports.StockReplenishedIntegrationEvent = StockReplenishedIntegrationEvent;
//# sourceMappingURL=stock-replenished.integration-event.js.map