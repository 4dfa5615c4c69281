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
exports.GetReviewHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const reviews_errors_1 = require("../../domain/reviews.errors");
const review_repository_1 = require("../../infrastructure/review.repository");
const review_view_1 = require("../review.view");
const get_review_query_1 = require("./get-review.query");
let GetReviewHandler = class GetReviewHandler {
    reviews;
    constructor(reviews) {
        this.reviews = reviews;
    }
    async execute({ reviewId }) {
        const row = await this.reviews.findLive(reviewId);
        if (!row)
            throw new reviews_errors_1.ReviewNotFoundError(reviewId);
        return (0, review_view_1.toReviewView)(row);
    }
};
exports.GetReviewHandler = GetReviewHandler;
exports.GetReviewHandler = GetReviewHandler = __decorate([
    (0, cqrs_1.QueryHandler)(get_review_query_1.GetReviewQuery),
    __metadata("design:paramtypes", [review_repository_1.ReviewRepository])
], GetReviewHandler);
//# sourceMappingURL=get-review.handler.js.map