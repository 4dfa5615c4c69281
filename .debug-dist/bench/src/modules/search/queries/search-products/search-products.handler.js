"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SearchProductsHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const search_cursor_1 = require("../../domain/search-cursor");
const search_index_reader_1 = require("../../infrastructure/search-index.reader");
const search_products_query_1 = require("./search-products.query");
let SearchProductsHandler = class SearchProductsHandler {
    reader;
    constructor(reader) {
        this.reader = reader;
    }
    async execute({ criteria, window }) {
        const { items, total } = await this.reader.search(criteria, window);
        return { items, total, next: (0, search_cursor_1.cursorAfter)(window, total, criteria) };
    }
};
exports.SearchProductsHandler = SearchProductsHandler;
exports.SearchProductsHandler = SearchProductsHandler = __decorate([
    (0, cqrs_1.QueryHandler)(search_products_query_1.SearchProductsQuery),
    __metadata("design:paramtypes", [search_index_reader_1.SearchIndexReader])
], SearchProductsHandler);
