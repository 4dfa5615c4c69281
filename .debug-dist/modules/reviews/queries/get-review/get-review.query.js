"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GetReviewQuery = void 0;
class GetReviewQuery {
    reviewId;
    constructor(reviewId) {
        this.reviewId = reviewId;
    }
}
exports.GetReviewQuery = GetReviewQuery;
//# sourceMappingURL=get-review.query.js.map