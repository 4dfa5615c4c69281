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
exports.ListProductsHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const product_repository_1 = require("../../infrastructure/product.repository");
const product_view_1 = require("../product.view");
const list_products_query_1 = require("./list-products.query");
let ListProductsHandler = class ListProductsHandler {
    products;
    constructor(products) {
        this.products = products;
    }
    async execute({ limit, afterId }) {
        const rows = await this.products.listAfter(afterId, limit + 1);
        const items = rows.slice(0, limit).map(product_view_1.toProductView);
        return { items, lastId: rows.length > limit ? items[items.length - 1].id : null };
    }
};
exports.ListProductsHandler = ListProductsHandler;
exports.ListProductsHandler = ListProductsHandler = __decorate([
    (0, cqrs_1.QueryHandler)(list_products_query_1.ListProductsQuery),
    __metadata("design:paramtypes", [product_repository_1.ProductRepository])
], ListProductsHandler);
//# sourceMappingURL=list-products.handler.js.map