"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GetProductRatingQuery = void 0;
class GetProductRatingQuery {
    productId;
    constructor(productId) {
        this.productId = productId;
    }
}
exports.GetProductRatingQuery = GetProductRatingQuery;
