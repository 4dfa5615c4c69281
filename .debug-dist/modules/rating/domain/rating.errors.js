"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RatingNotFoundError = exports.RatedProductNotFoundError = exports.InvalidStarsError = void 0;
const domain_error_1 = require("../../../shared/domain/domain-error");
class InvalidStarsError extends domain_error_1.DomainError {
    constructor() {
        super('invalid', 'stars must be a whole number from 1 to 5', 'rating.invalid-stars');
    }
}
exports.InvalidStarsError = InvalidStarsError;
class RatedProductNotFoundError extends domain_error_1.DomainError {
    constructor(productId) {
        super('not-found', `product ${productId} does not exist`, 'rating.product-not-found');
    }
}
exports.RatedProductNotFoundError = RatedProductNotFoundError;
class RatingNotFoundError extends domain_error_1.DomainError {
    constructor(productId) {
        super('not-found', `you have not rated product ${productId}`, 'rating.rating-not-found');
    }
}
exports.RatingNotFoundError = RatingNotFoundError;
//# sourceMappingURL=rating.errors.js.map