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
exports.CreateProductRequest = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const categories_1 = require("../domain/categories");
const product_1 = require("../domain/product");
const money_dto_1 = require("./money.dto");
class CreateProductRequest {
    sku;
    name;
    description;
    price;
    initialStock;
    categories;
}
exports.CreateProductRequest = CreateProductRequest;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'TSHIRT-BLUE-M', description: 'Unique stock keeping unit, 2-64 of A-Z 0-9 . _ -' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(2, 64),
    __metadata("design:type", String)
], CreateProductRequest.prototype, "sku", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Blue T-shirt', minLength: 1, maxLength: 200 }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], CreateProductRequest.prototype, "name", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Organic cotton, medium.', maxLength: 5000 }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(5000),
    __metadata("design:type", String)
], CreateProductRequest.prototype, "description", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: money_dto_1.MoneyDto }),
    (0, class_validator_1.IsDefined)(),
    (0, class_validator_1.ValidateNested)(),
    (0, class_transformer_1.Type)(() => money_dto_1.MoneyDto),
    __metadata("design:type", money_dto_1.MoneyDto)
], CreateProductRequest.prototype, "price", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 25, minimum: 0, maximum: product_1.MAX_INITIAL_STOCK }),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(product_1.MAX_INITIAL_STOCK),
    __metadata("design:type", Number)
], CreateProductRequest.prototype, "initialStock", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({
        type: [String],
        maxItems: categories_1.MAX_CATEGORIES,
        example: ['lighting', 'home-office'],
        description: `Up to ${categories_1.MAX_CATEGORIES} lower-case slugs (letters, digits, single dashes); duplicates are dropped`,
    })
    // Absent means none; `null` is not absent and is rejected.
    ,
    (0, class_validator_1.ValidateIf)((_, value) => value !== undefined),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMaxSize)(categories_1.MAX_CATEGORIES),
    (0, class_validator_1.IsString)({ each: true }),
    (0, class_validator_1.MaxLength)(categories_1.MAX_CATEGORY_LENGTH, { each: true }),
    (0, class_validator_1.Matches)(categories_1.CATEGORY_SLUG, { each: true, message: 'each category must be a lower-case slug such as home-office' }),
    __metadata("design:type", Array)
], CreateProductRequest.prototype, "categories", void 0);
//# sourceMappingURL=create-product.request.js.map