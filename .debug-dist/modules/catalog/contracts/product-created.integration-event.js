"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProductCreatedIntegrationEvent = exports.MONEY_SCHEMA = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
exports.MONEY_SCHEMA = {
    type: 'object',
    required: ['amount', 'currency'],
    properties: { amount: { type: 'integer', minimum: 0 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } },
};
/**
 * A product was added to the catalog; stream `catalog.product:<productId>`, version 1. Superseded
 * by `catalog.product-created.v2` (handle and record that one); kept so stored v1 events stay readable.
 */
class ProductCreatedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'catalog.product-created.v1';
    static description = 'A product was added to the catalog (superseded by v2).';
    static payloadSchema = {
        type: 'object',
        required: ['productId', 'sku', 'name', 'description', 'price', 'initialStock'],
        properties: {
            productId: { type: 'string' },
            sku: { type: 'string' },
            name: { type: 'string' },
            description: { type: 'string' },
            price: exports.MONEY_SCHEMA,
            initialStock: { type: 'integer', minimum: 0 },
        },
    };
}
exports.ProductCreatedIntegrationEvent = ProductCreatedIntegrationEvent;
//# sourceMappingURL=product-created.integration-event.js.map