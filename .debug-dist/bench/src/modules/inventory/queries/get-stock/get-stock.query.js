"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GetStockQuery = void 0;
class GetStockQuery {
    productId;
    constructor(productId) {
        this.productId = productId;
    }
}
exports.GetStockQuery = GetStockQuery;
