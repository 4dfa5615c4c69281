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
exports.RATING_EVENTS = exports.ratingSummaryStreamId = exports.customerRatingStreamId = void 0;
const product_rated_integration_event_1 = require("./product-rated.integration-event");
const product_rating_recalculated_integration_event_1 = require("./product-rating-recalculated.integration-event");
const rating_removed_integration_event_1 = require("./rating-removed.integration-event");
__exportStar(require("./product-rated.integration-event"), exports);
__exportStar(require("./product-rating-recalculated.integration-event"), exports);
__exportStar(require("./rating-removed.integration-event"), exports);
/** One customer's rating of one product. */
const customerRatingStreamId = (productId, userId) => `rating.rating:${productId}:${userId}`;
exports.customerRatingStreamId = customerRatingStreamId;
/** The rating summary of one product. */
const ratingSummaryStreamId = (productId) => `rating.summary:${productId}`;
exports.ratingSummaryStreamId = ratingSummaryStreamId;
exports.RATING_EVENTS = [
    product_rated_integration_event_1.ProductRatedIntegrationEvent,
    rating_removed_integration_event_1.RatingRemovedIntegrationEvent,
    product_rating_recalculated_integration_event_1.ProductRatingRecalculatedIntegrationEvent,
];
//# sourceMappingURL=index.js.map