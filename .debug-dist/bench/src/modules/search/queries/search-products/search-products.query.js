"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SearchProductsQuery = void 0;
class SearchProductsQuery {
    criteria;
    window;
    constructor(criteria, window) {
        this.criteria = criteria;
        this.window = window;
    }
}
exports.SearchProductsQuery = SearchProductsQuery;
