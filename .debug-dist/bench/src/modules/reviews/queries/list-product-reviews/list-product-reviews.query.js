"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ListProductReviewsQuery = void 0;
class ListProductReviewsQuery {
    productId;
    limit;
    beforeId;
    constructor(productId, limit, 
    /** Id of the last review of the previous page (pages run newest first). */
    beforeId) {
        this.productId = productId;
        this.limit = limit;
        this.beforeId = beforeId;
    }
}
exports.ListProductReviewsQuery = ListProductReviewsQuery;
