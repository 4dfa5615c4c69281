"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeReview = writeReview;
exports.editReview = editReview;
exports.deleteReview = deleteReview;
const review_text_1 = require("./review-text");
const reviews_errors_1 = require("./reviews.errors");
function writeReview(id, productId, authorId, text) {
    return { id, productId, authorId, title: (0, review_text_1.reviewTitle)(text.title), body: (0, review_text_1.reviewBody)(text.body), version: 1 };
}
function assertVersion(review, expectedVersion) {
    if (expectedVersion !== undefined && expectedVersion !== review.version) {
        throw new reviews_errors_1.StaleReviewVersionError(expectedVersion, review.version);
    }
}
/**
 * Only the author edits, admins included: a review speaks for its author. Returns the review
 * unchanged (same version) when the text does not actually change, so no empty event is emitted.
 */
function editReview(review, editor, changes, expectedVersion) {
    if (editor.id !== review.authorId)
        throw new reviews_errors_1.ReviewForbiddenError('edit');
    assertVersion(review, expectedVersion);
    const title = changes.title === undefined ? review.title : (0, review_text_1.reviewTitle)(changes.title);
    const body = changes.body === undefined ? review.body : (0, review_text_1.reviewBody)(changes.body);
    if (title === review.title && body === review.body)
        return review;
    return { ...review, title, body, version: review.version + 1 };
}
/** The author or an admin may delete; returns who did it, the author taking precedence. */
function deleteReview(review, requester, expectedVersion) {
    const deletedBy = requester.id === review.authorId ? 'author' : requester.isAdmin ? 'admin' : undefined;
    if (!deletedBy)
        throw new reviews_errors_1.ReviewForbiddenError('delete');
    assertVersion(review, expectedVersion);
    return deletedBy;
}
