"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ListProductsQuery = void 0;
class ListProductsQuery {
    limit;
    afterId;
    constructor(limit, 
    /** Id of the last product of the previous page. */
    afterId) {
        this.limit = limit;
        this.afterId = afterId;
    }
}
exports.ListProductsQuery = ListProductsQuery;
//# sourceMappingURL=list-products.query.js.map