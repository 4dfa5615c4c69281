"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReviewUpdatedIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
const review_added_integration_event_1 = require("./review-added.integration-event");
/** The review's text after the edit (a snapshot); stream `reviews.review:<reviewId>`. */
class ReviewUpdatedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'reviews.review-updated.v1';
    static description = "The author edited a review's title or body (full snapshot).";
    static payloadSchema = review_added_integration_event_1.REVIEW_SCHEMA;
}
exports.ReviewUpdatedIntegrationEvent = ReviewUpdatedIntegrationEvent;
