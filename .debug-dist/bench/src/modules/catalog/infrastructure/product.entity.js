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
exports.ProductEntity = void 0;
const typeorm_1 = require("typeorm");
/** `catalog.products`: the product plus catalog's own projection of rating and stock events. */
let ProductEntity = class ProductEntity {
    id;
    sku;
    name;
    description;
    priceAmount;
    priceCurrency;
    initialStock;
    categories;
    version;
    ratingAverage;
    ratingCount;
    /** Stream version of the last applied rating event; older ones are ignored. */
    ratingVersion;
    available;
    inStock;
    /** Stream version of the last applied stock event; older ones are ignored. */
    stockVersion;
    createdAt;
    updatedAt;
};
exports.ProductEntity = ProductEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], ProductEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ProductEntity.prototype, "sku", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ProductEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ProductEntity.prototype, "description", void 0);
__decorate([
    (0, typeorm_1.Column)('bigint', { name: 'price_amount', transformer: { to: (v) => v, from: (v) => Number(v) } }),
    __metadata("design:type", Number)
], ProductEntity.prototype, "priceAmount", void 0);
__decorate([
    (0, typeorm_1.Column)('char', { name: 'price_currency', length: 3 }),
    __metadata("design:type", String)
], ProductEntity.prototype, "priceCurrency", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { name: 'initial_stock' }),
    __metadata("design:type", Number)
], ProductEntity.prototype, "initialStock", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { array: true }),
    __metadata("design:type", Array)
], ProductEntity.prototype, "categories", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ProductEntity.prototype, "version", void 0);
__decorate([
    (0, typeorm_1.Column)('numeric', {
        name: 'rating_average',
        precision: 4,
        scale: 2,
        transformer: { to: (v) => v, from: (v) => Number(v) },
    }),
    __metadata("design:type", Number)
], ProductEntity.prototype, "ratingAverage", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { name: 'rating_count' }),
    __metadata("design:type", Number)
], ProductEntity.prototype, "ratingCount", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { name: 'rating_version' }),
    __metadata("design:type", Number)
], ProductEntity.prototype, "ratingVersion", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ProductEntity.prototype, "available", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean', { name: 'in_stock' }),
    __metadata("design:type", Boolean)
], ProductEntity.prototype, "inStock", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { name: 'stock_version' }),
    __metadata("design:type", Number)
], ProductEntity.prototype, "stockVersion", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'created_at' }),
    __metadata("design:type", Date)
], ProductEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'updated_at' }),
    __metadata("design:type", Date)
], ProductEntity.prototype, "updatedAt", void 0);
exports.ProductEntity = ProductEntity = __decorate([
    (0, typeorm_1.Entity)({ schema: 'catalog', name: 'products' })
], ProductEntity);
