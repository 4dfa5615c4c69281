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
exports.GetProductRatingHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const histogram_1 = require("../../domain/histogram");
const rating_errors_1 = require("../../domain/rating.errors");
const rated_product_repository_1 = require("../../infrastructure/rated-product.repository");
const rating_summary_repository_1 = require("../../infrastructure/rating-summary.repository");
const get_product_rating_query_1 = require("./get-product-rating.query");
let GetProductRatingHandler = class GetProductRatingHandler {
    products;
    summaries;
    constructor(products, summaries) {
        this.products = products;
        this.summaries = summaries;
    }
    async execute({ productId }) {
        if (!(await this.products.isRateable(productId)))
            throw new rating_errors_1.RatedProductNotFoundError(productId);
        const histogram = (await this.summaries.findTally(productId))?.histogram ?? (0, histogram_1.emptyHistogram)();
        return { productId, average: (0, histogram_1.averageOf)(histogram), count: (0, histogram_1.countOf)(histogram), histogram };
    }
};
exports.GetProductRatingHandler = GetProductRatingHandler;
exports.GetProductRatingHandler = GetProductRatingHandler = __decorate([
    (0, cqrs_1.QueryHandler)(get_product_rating_query_1.GetProductRatingQuery),
    __metadata("design:paramtypes", [rated_product_repository_1.RatedProductRepository,
        rating_summary_repository_1.RatingSummaryRepository])
], GetProductRatingHandler);
//# sourceMappingURL=get-product-rating.handler.js.map