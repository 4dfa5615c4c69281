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
exports.SearchResultResponse = exports.SearchHitResponse = void 0;
const swagger_1 = require("@nestjs/swagger");
class SearchRatingResponse {
    average;
    count;
}
__decorate([
    (0, swagger_1.ApiProperty)({ example: 4.25, description: 'Mean stars, 0 when unrated' }),
    __metadata("design:type", Number)
], SearchRatingResponse.prototype, "average", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 12 }),
    __metadata("design:type", Number)
], SearchRatingResponse.prototype, "count", void 0);
class SearchHitResponse {
    productId;
    name;
    snippet;
    rating;
    inStock;
    score;
}
exports.SearchHitResponse = SearchHitResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'uuid' }),
    __metadata("design:type", String)
], SearchHitResponse.prototype, "productId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Studio Headphones' }),
    __metadata("design:type", String)
], SearchHitResponse.prototype, "name", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({
        example: 'closed-back <b>headphones</b> with a detachable cable',
        description: 'Up to 30 words of description and reviews; matched words in <b>, all other markup escaped',
    }),
    __metadata("design:type", String)
], SearchHitResponse.prototype, "snippet", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: SearchRatingResponse }),
    __metadata("design:type", SearchRatingResponse)
], SearchHitResponse.prototype, "rating", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Boolean)
], SearchHitResponse.prototype, "inStock", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 1.2, description: 'Relevance to q (higher is better); 0 without q' }),
    __metadata("design:type", Number)
], SearchHitResponse.prototype, "score", void 0);
class SearchResultResponse {
    items;
    total;
    nextCursor;
}
exports.SearchResultResponse = SearchResultResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ type: [SearchHitResponse] }),
    __metadata("design:type", Array)
], SearchResultResponse.prototype, "items", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 42, description: 'Number of matching products' }),
    __metadata("design:type", Number)
], SearchResultResponse.prototype, "total", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({
        type: String,
        nullable: true,
        description: 'Pass as `cursor` for the next page; null on the last page (paging stops after 1000 hits)',
    }),
    __metadata("design:type", Object)
], SearchResultResponse.prototype, "nextCursor", void 0);
//# sourceMappingURL=search-result.response.js.map