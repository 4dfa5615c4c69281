"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProductRatedIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
const STARS = { type: 'integer', minimum: 1, maximum: 5 };
/** A customer rated a product, or changed their rating; stream `rating.rating:<productId>:<userId>`. */
class ProductRatedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'rating.product-rated.v1';
    static description = 'A customer rated a product or changed their rating.';
    static payloadSchema = {
        type: 'object',
        required: ['productId', 'userId', 'stars', 'previousStars'],
        properties: {
            productId: { type: 'string' },
            userId: { type: 'string' },
            stars: STARS,
            previousStars: { anyOf: [STARS, { type: 'null' }] },
        },
    };
}
exports.ProductRatedIntegrationEvent = ProductRatedIntegrationEvent;
//# sourceMappingURL=product-rated.integration-event.js.map