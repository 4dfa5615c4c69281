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
exports.ListProductReviewsHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const reviews_errors_1 = require("../../domain/reviews.errors");
const review_repository_1 = require("../../infrastructure/review.repository");
const reviewed_product_repository_1 = require("../../infrastructure/reviewed-product.repository");
const review_view_1 = require("../review.view");
const list_product_reviews_query_1 = require("./list-product-reviews.query");
let ListProductReviewsHandler = class ListProductReviewsHandler {
    products;
    reviews;
    constructor(products, reviews) {
        this.products = products;
        this.reviews = reviews;
    }
    async execute({ productId, limit, beforeId }) {
        if (!(await this.products.isReviewable(productId)))
            throw new reviews_errors_1.ReviewedProductNotFoundError(productId);
        const rows = await this.reviews.listLiveForProduct(productId, beforeId, limit + 1);
        const items = rows.slice(0, limit).map(review_view_1.toReviewView);
        return { items, lastId: rows.length > limit ? items[items.length - 1].id : null };
    }
};
exports.ListProductReviewsHandler = ListProductReviewsHandler;
exports.ListProductReviewsHandler = ListProductReviewsHandler = __decorate([
    (0, cqrs_1.QueryHandler)(list_product_reviews_query_1.ListProductReviewsQuery),
    __metadata("design:paramtypes", [reviewed_product_repository_1.ReviewedProductRepository,
        review_repository_1.ReviewRepository])
], ListProductReviewsHandler);
