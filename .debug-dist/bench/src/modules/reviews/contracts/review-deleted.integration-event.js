"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReviewDeletedIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
/** A review was removed; last event of stream `reviews.review:<reviewId>`. */
class ReviewDeletedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'reviews.review-deleted.v1';
    static description = 'A review was removed by its author, an admin, or with its product.';
    static payloadSchema = {
        type: 'object',
        required: ['reviewId', 'productId', 'authorId', 'deletedBy'],
        properties: {
            reviewId: { type: 'string' },
            productId: { type: 'string' },
            authorId: { type: 'string' },
            deletedBy: { enum: ['author', 'admin', 'product-deleted'] },
        },
    };
}
exports.ReviewDeletedIntegrationEvent = ReviewDeletedIntegrationEvent;
