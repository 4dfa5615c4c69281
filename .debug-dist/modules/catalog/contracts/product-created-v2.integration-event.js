"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProductCreatedV2IntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
const product_created_integration_event_1 = require("./product-created.integration-event");
/**
 * A product was added to the catalog; stream `catalog.product:<productId>`, version 1. v2 adds
 * `categories`; stored v1 events are read as v2 with no categories.
 */
class ProductCreatedV2IntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'catalog.product-created.v2';
    static description = 'A product was added to the catalog, with its categories.';
    static payloadSchema = {
        type: 'object',
        required: ['productId', 'sku', 'name', 'description', 'price', 'initialStock', 'categories'],
        properties: {
            productId: { type: 'string' },
            sku: { type: 'string' },
            name: { type: 'string' },
            description: { type: 'string' },
            price: product_created_integration_event_1.MONEY_SCHEMA,
            initialStock: { type: 'integer', minimum: 0 },
            categories: {
                type: 'array',
                maxItems: 10,
                uniqueItems: true,
                items: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 50 },
            },
        },
    };
    static upcastFrom = (0, integration_event_1.upcastFrom)(product_created_integration_event_1.ProductCreatedIntegrationEvent, ({ payload }) => ({ ...payload, categories: [] }));
}
exports.ProductCreatedV2IntegrationEvent = ProductCreatedV2IntegrationEvent;
//# sourceMappingURL=product-created-v2.integration-event.js.map