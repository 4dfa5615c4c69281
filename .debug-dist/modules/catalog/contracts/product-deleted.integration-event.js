"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProductDeletedIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
/** A product was removed from the catalog; last event of stream `catalog.product:<productId>`. */
class ProductDeletedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'catalog.product-deleted.v1';
    static description = 'A product was removed from the catalog.';
    static payloadSchema = {
        type: 'object',
        required: ['productId', 'sku'],
        properties: { productId: { type: 'string' }, sku: { type: 'string' } },
    };
}
exports.ProductDeletedIntegrationEvent = ProductDeletedIntegrationEvent;
//# sourceMappingURL=product-deleted.integration-event.js.map