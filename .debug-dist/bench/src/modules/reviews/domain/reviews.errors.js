"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StaleReviewVersionError = exports.ReviewForbiddenError = exports.ReviewAlreadyExistsError = exports.ReviewedProductNotFoundError = exports.ReviewNotFoundError = exports.InvalidReviewError = void 0;
const domain_error_1 = require("../../../shared/domain/domain-error");
class InvalidReviewError extends domain_error_1.DomainError {
    constructor(message, code) {
        super('invalid', message, code);
    }
}
exports.InvalidReviewError = InvalidReviewError;
class ReviewNotFoundError extends domain_error_1.DomainError {
    constructor(reviewId) {
        super('not-found', `review ${reviewId} does not exist`, 'review.not-found');
    }
}
exports.ReviewNotFoundError = ReviewNotFoundError;
class ReviewedProductNotFoundError extends domain_error_1.DomainError {
    constructor(productId) {
        super('not-found', `product ${productId} does not exist`, 'review.product-not-found');
    }
}
exports.ReviewedProductNotFoundError = ReviewedProductNotFoundError;
class ReviewAlreadyExistsError extends domain_error_1.DomainError {
    constructor(productId) {
        super('conflict', `you have already reviewed product ${productId}`, 'review.already-exists');
    }
}
exports.ReviewAlreadyExistsError = ReviewAlreadyExistsError;
class ReviewForbiddenError extends domain_error_1.DomainError {
    constructor(action) {
        const who = action === 'edit' ? 'its author' : 'its author or an admin';
        super('forbidden', `only ${who} may ${action} this review`, `review.${action}-forbidden`);
    }
}
exports.ReviewForbiddenError = ReviewForbiddenError;
class StaleReviewVersionError extends domain_error_1.DomainError {
    constructor(expected, actual) {
        super('precondition-failed', `review is at version ${actual}, not ${expected}`, 'review.stale-version');
    }
}
exports.StaleReviewVersionError = StaleReviewVersionError;
