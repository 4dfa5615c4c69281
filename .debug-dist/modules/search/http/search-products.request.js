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
exports.SearchProductsRequest = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const search_criteria_1 = require("../domain/search-criteria");
/** Query strings are text: a number must be written out, so `minRating=` is refused rather than read as 0. */
const toNumber = ({ value }) => typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
/** `GET /search` query string. */
class SearchProductsRequest {
    q;
    minRating;
    inStock;
    sort;
    limit = 20;
    cursor;
}
exports.SearchProductsRequest = SearchProductsRequest;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({
        maxLength: search_criteria_1.MAX_QUERY_LENGTH,
        description: 'Words to find (web-search syntax: "quoted phrase", -excluded, or); names also match with typos',
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(search_criteria_1.MAX_QUERY_LENGTH)
    // PostgreSQL text cannot hold NUL, so it would fail deep in the query instead of here.
    ,
    (0, class_validator_1.NotContains)('\u0000', { message: 'q must not contain NUL characters' }),
    __metadata("design:type", String)
], SearchProductsRequest.prototype, "q", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ minimum: 0, maximum: 5, description: 'Only products whose average rating is at least this' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toNumber),
    (0, class_validator_1.IsNumber)({ allowNaN: false, allowInfinity: false }),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(5),
    __metadata("design:type", Number)
], SearchProductsRequest.prototype, "minRating", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ enum: ['true', 'false'], description: 'Only products that are (or are not) in stock' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(['true', 'false']),
    __metadata("design:type", String)
], SearchProductsRequest.prototype, "inStock", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({
        enum: search_criteria_1.SEARCH_SORTS,
        description: 'Default `relevance` when `q` is given, else `newest`; `relevance` needs `q`',
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(search_criteria_1.SEARCH_SORTS),
    __metadata("design:type", String)
], SearchProductsRequest.prototype, "sort", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ minimum: 1, maximum: 50, default: 20 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Type)(() => Number),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(50),
    __metadata("design:type", Number)
], SearchProductsRequest.prototype, "limit", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({
        maxLength: 512,
        description: 'The `nextCursor` of the previous page, with the same q, minRating, inStock and sort',
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(512),
    __metadata("design:type", String)
], SearchProductsRequest.prototype, "cursor", void 0);
//# sourceMappingURL=search-products.request.js.map