"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GetProductQuery = void 0;
class GetProductQuery {
    productId;
    countsAsView;
    constructor(productId, 
    /** True when a shopper views the detail page (a demand signal), false for internal reads. */
    countsAsView = false) {
        this.productId = productId;
        this.countsAsView = countsAsView;
    }
}
exports.GetProductQuery = GetProductQuery;
//# sourceMappingURL=get-product.query.js.map