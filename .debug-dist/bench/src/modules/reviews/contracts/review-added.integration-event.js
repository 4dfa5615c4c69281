"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReviewAddedIntegrationEvent = exports.REVIEW_SCHEMA = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
exports.REVIEW_SCHEMA = {
    type: 'object',
    required: ['reviewId', 'productId', 'authorId', 'title', 'body'],
    properties: {
        reviewId: { type: 'string' },
        productId: { type: 'string' },
        authorId: { type: 'string' },
        title: { type: 'string' },
        body: { type: 'string' },
    },
};
/** A customer reviewed a product; stream `reviews.review:<reviewId>`, version 1. */
class ReviewAddedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'reviews.review-added.v1';
    static description = 'A customer reviewed a product.';
    static payloadSchema = exports.REVIEW_SCHEMA;
}
exports.ReviewAddedIntegrationEvent = ReviewAddedIntegrationEvent;
