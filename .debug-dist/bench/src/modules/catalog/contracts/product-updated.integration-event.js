"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProductUpdatedIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
const product_created_integration_event_1 = require("./product-created.integration-event");
/** A product's name, description or price changed; stream `catalog.product:<productId>`. */
class ProductUpdatedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'catalog.product-updated.v1';
    static description = "A product's name, description or price changed (full snapshot).";
    static payloadSchema = {
        type: 'object',
        required: ['productId', 'sku', 'name', 'description', 'price', 'version'],
        properties: {
            productId: { type: 'string' },
            sku: { type: 'string' },
            name: { type: 'string' },
            description: { type: 'string' },
            price: product_created_integration_event_1.MONEY_SCHEMA,
            version: { type: 'integer', minimum: 1 },
        },
    };
}
exports.ProductUpdatedIntegrationEvent = ProductUpdatedIntegrationEvent;
