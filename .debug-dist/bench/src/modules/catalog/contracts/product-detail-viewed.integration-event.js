"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProductDetailViewedIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
/**
 * Demand telemetry: product detail pages served in a short window. Best-effort (at-most-once, not
 * stored): a lost batch only under-counts views and never affects stock.
 */
class ProductDetailViewedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'catalog.product-detail-viewed.v1';
    static delivery = 'best-effort';
    static description = 'Product detail views counted in a short window (best-effort telemetry).';
    static payloadSchema = {
        type: 'object',
        required: ['productId', 'views', 'windowStartedAt', 'windowEndedAt'],
        properties: {
            productId: { type: 'string' },
            views: { type: 'integer', minimum: 1 },
            windowStartedAt: { type: 'string' },
            windowEndedAt: { type: 'string' },
        },
    };
}
exports.ProductDetailViewedIntegrationEvent = ProductDetailViewedIntegrationEvent;
