"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reviewPayload = void 0;
/** The full snapshot carried by review-added and review-updated. */
const reviewPayload = (review) => ({
    reviewId: review.id,
    productId: review.productId,
    authorId: review.authorId,
    title: review.title,
    body: review.body,
});
exports.reviewPayload = reviewPayload;
