"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.REVIEWS_EVENTS = exports.reviewStreamId = void 0;
const review_added_integration_event_1 = require("./review-added.integration-event");
const review_deleted_integration_event_1 = require("./review-deleted.integration-event");
const review_updated_integration_event_1 = require("./review-updated.integration-event");
__exportStar(require("./review-added.integration-event"), exports);
__exportStar(require("./review-deleted.integration-event"), exports);
__exportStar(require("./review-updated.integration-event"), exports);
const reviewStreamId = (reviewId) => `reviews.review:${reviewId}`;
exports.reviewStreamId = reviewStreamId;
exports.REVIEWS_EVENTS = [
    review_added_integration_event_1.ReviewAddedIntegrationEvent,
    review_updated_integration_event_1.ReviewUpdatedIntegrationEvent,
    review_deleted_integration_event_1.ReviewDeletedIntegrationEvent,
];
