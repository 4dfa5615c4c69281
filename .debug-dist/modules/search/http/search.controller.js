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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SearchController = void 0;
const common_1 = require("@nestjs/common");
const cqrs_1 = require("@nestjs/cqrs");
const swagger_1 = require("@nestjs/swagger");
const pagination_1 = require("../../../shared/http/pagination");
const problem_schema_1 = require("../../../shared/http/problem.schema");
const search_criteria_1 = require("../domain/search-criteria");
const search_cursor_1 = require("../domain/search-cursor");
const search_products_query_1 = require("../queries/search-products/search-products.query");
const search_products_request_1 = require("./search-products.request");
const search_result_response_1 = require("./search-result.response");
let SearchController = class SearchController {
    queries;
    constructor(queries) {
        this.queries = queries;
    }
    async search(query) {
        const inStock = query.inStock === undefined ? undefined : query.inStock === 'true';
        const criteria = (0, search_criteria_1.toSearchCriteria)({ q: query.q, minRating: query.minRating, inStock, sort: query.sort });
        const window = query.cursor === undefined
            ? (0, search_cursor_1.firstPage)(query.limit)
            : (0, search_cursor_1.pageFromCursor)((0, pagination_1.decodeCursor)(query.cursor), criteria, query.limit);
        const result = await this.queries.execute(new search_products_query_1.SearchProductsQuery(criteria, window));
        return {
            items: result.items,
            total: result.total,
            nextCursor: result.next ? (0, pagination_1.encodeCursor)({ ...result.next }) : null,
        };
    }
};
exports.SearchController = SearchController;
__decorate([
    (0, common_1.Get)(),
    (0, swagger_1.ApiOperation)({
        summary: 'Search products',
        description: 'Full-text search over name, description and reviews (in that order of weight), typo-tolerant on names, ' +
            'with rating and stock filters. Results are eventually consistent with the other modules.',
    }),
    (0, swagger_1.ApiOkResponse)({ type: search_result_response_1.SearchResultResponse }),
    (0, problem_schema_1.ApiProblems)(400),
    __param(0, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [search_products_request_1.SearchProductsRequest]),
    __metadata("design:returntype", Promise)
], SearchController.prototype, "search", null);
exports.SearchController = SearchController = __decorate([
    (0, swagger_1.ApiTags)('search'),
    (0, common_1.Controller)('search'),
    __metadata("design:paramtypes", [cqrs_1.QueryBus])
], SearchController);
//# sourceMappingURL=search.controller.js.map