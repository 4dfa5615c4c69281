"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StockReservedIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
const stock_levels_1 = require("./stock-levels");
/** Units were reserved for a customer; stream `inventory.stock:<productId>`. */
class StockReservedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'inventory.stock-reserved.v1';
    static description = 'Units of a product were reserved (checkout).';
    static payloadSchema = {
        type: 'object',
        required: [...stock_levels_1.STOCK_LEVELS_REQUIRED, 'reservationId', 'customerId', 'quantity'],
        properties: {
            ...stock_levels_1.STOCK_LEVELS_PROPERTIES,
            reservationId: { type: 'string' },
            customerId: { type: 'string' },
            quantity: { type: 'integer', minimum: 1 },
        },
    };
}
exports.StockReservedIntegrationEvent = StockReservedIntegrationEvent;
