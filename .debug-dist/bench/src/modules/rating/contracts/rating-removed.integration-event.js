"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RatingRemovedIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
/** A customer withdrew their rating; stream `rating.rating:<productId>:<userId>`. */
class RatingRemovedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'rating.rating-removed.v1';
    static description = 'A customer withdrew their rating of a product.';
    static payloadSchema = {
        type: 'object',
        required: ['productId', 'userId', 'previousStars'],
        properties: {
            productId: { type: 'string' },
            userId: { type: 'string' },
            previousStars: { type: 'integer', minimum: 1, maximum: 5 },
        },
    };
}
exports.RatingRemovedIntegrationEvent = RatingRemovedIntegrationEvent;
