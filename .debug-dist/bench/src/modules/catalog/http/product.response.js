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
exports.ProductResponse = void 0;
const swagger_1 = require("@nestjs/swagger");
const money_dto_1 = require("./money.dto");
class ProductRatingDto {
    average;
    count;
}
__decorate([
    (0, swagger_1.ApiProperty)({ example: 4.25, description: 'Mean of all current ratings, 0 when unrated' }),
    __metadata("design:type", Number)
], ProductRatingDto.prototype, "average", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 12 }),
    __metadata("design:type", Number)
], ProductRatingDto.prototype, "count", void 0);
class ProductAvailabilityDto {
    inStock;
    available;
}
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", Boolean)
], ProductAvailabilityDto.prototype, "inStock", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 7, description: 'Units available for reservation' }),
    __metadata("design:type", Number)
], ProductAvailabilityDto.prototype, "available", void 0);
class ProductResponse {
    id;
    sku;
    name;
    description;
    price;
    categories;
    version;
    rating;
    availability;
    createdAt;
    updatedAt;
}
exports.ProductResponse = ProductResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'uuid' }),
    __metadata("design:type", String)
], ProductResponse.prototype, "id", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'TSHIRT-BLUE-M' }),
    __metadata("design:type", String)
], ProductResponse.prototype, "sku", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], ProductResponse.prototype, "name", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], ProductResponse.prototype, "description", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: money_dto_1.MoneyDto }),
    __metadata("design:type", money_dto_1.MoneyDto)
], ProductResponse.prototype, "price", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: [String], example: ['lighting', 'home-office'], description: 'Lower-case slugs, possibly none' }),
    __metadata("design:type", Array)
], ProductResponse.prototype, "categories", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ description: 'Increases with every change; send it as If-Match to update safely', example: 1 }),
    __metadata("design:type", Number)
], ProductResponse.prototype, "version", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: ProductRatingDto, description: "Catalog's projection of rating events (eventually consistent)" }),
    __metadata("design:type", ProductRatingDto)
], ProductResponse.prototype, "rating", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({
        type: ProductAvailabilityDto,
        description: "Catalog's projection of stock events (eventually consistent)",
    }),
    __metadata("design:type", ProductAvailabilityDto)
], ProductResponse.prototype, "availability", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'date-time' }),
    __metadata("design:type", String)
], ProductResponse.prototype, "createdAt", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'date-time' }),
    __metadata("design:type", String)
], ProductResponse.prototype, "updatedAt", void 0);
