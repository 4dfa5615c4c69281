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
exports.ProductRatingResponse = void 0;
const swagger_1 = require("@nestjs/swagger");
const COUNT = { type: 'integer', minimum: 0, example: 3 };
class RatingHistogramDto {
    1;
    2;
    3;
    4;
    5;
}
__decorate([
    (0, swagger_1.ApiProperty)(COUNT),
    __metadata("design:type", Number)
], RatingHistogramDto.prototype, 1, void 0);
__decorate([
    (0, swagger_1.ApiProperty)(COUNT),
    __metadata("design:type", Number)
], RatingHistogramDto.prototype, 2, void 0);
__decorate([
    (0, swagger_1.ApiProperty)(COUNT),
    __metadata("design:type", Number)
], RatingHistogramDto.prototype, 3, void 0);
__decorate([
    (0, swagger_1.ApiProperty)(COUNT),
    __metadata("design:type", Number)
], RatingHistogramDto.prototype, 4, void 0);
__decorate([
    (0, swagger_1.ApiProperty)(COUNT),
    __metadata("design:type", Number)
], RatingHistogramDto.prototype, 5, void 0);
class ProductRatingResponse {
    productId;
    average;
    count;
    histogram;
}
exports.ProductRatingResponse = ProductRatingResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'uuid' }),
    __metadata("design:type", String)
], ProductRatingResponse.prototype, "productId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 4.25, description: 'Mean stars rounded to 2 decimals, 0 when unrated' }),
    __metadata("design:type", Number)
], ProductRatingResponse.prototype, "average", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: 'integer', minimum: 0, example: 12 }),
    __metadata("design:type", Number)
], ProductRatingResponse.prototype, "count", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: RatingHistogramDto, description: 'Number of current ratings per star value' }),
    __metadata("design:type", RatingHistogramDto)
], ProductRatingResponse.prototype, "histogram", void 0);
//# sourceMappingURL=product-rating.response.js.map