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
exports.GetProductHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const catalog_errors_1 = require("../../domain/catalog.errors");
const product_view_counter_1 = require("../../infrastructure/product-view-counter");
const product_repository_1 = require("../../infrastructure/product.repository");
const product_view_1 = require("../product.view");
const get_product_query_1 = require("./get-product.query");
let GetProductHandler = class GetProductHandler {
    products;
    views;
    constructor(products, views) {
        this.products = products;
        this.views = views;
    }
    async execute({ productId, countsAsView }) {
        const row = await this.products.findOne(productId);
        if (!row)
            throw new catalog_errors_1.ProductNotFoundError(productId);
        if (countsAsView)
            this.views.count(productId);
        return (0, product_view_1.toProductView)(row);
    }
};
exports.GetProductHandler = GetProductHandler;
exports.GetProductHandler = GetProductHandler = __decorate([
    (0, cqrs_1.QueryHandler)(get_product_query_1.GetProductQuery),
    __metadata("design:paramtypes", [product_repository_1.ProductRepository,
        product_view_counter_1.ProductViewCounter])
], GetProductHandler);
