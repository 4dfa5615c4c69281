"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.reviewsModule = exports.ReviewsModule = void 0;
const common_1 = require("@nestjs/common");
const add_review_handler_1 = require("./commands/add-review/add-review.handler");
const delete_review_handler_1 = require("./commands/delete-review/delete-review.handler");
const edit_review_handler_1 = require("./commands/edit-review/edit-review.handler");
const contracts_1 = require("./contracts");
const product_created_handler_1 = require("./event-handlers/product-created.handler");
const product_deleted_handler_1 = require("./event-handlers/product-deleted.handler");
const product_reviews_controller_1 = require("./http/product-reviews.controller");
const reviews_controller_1 = require("./http/reviews.controller");
const migrations_1 = require("./infrastructure/migrations");
const review_entity_1 = require("./infrastructure/review.entity");
const review_repository_1 = require("./infrastructure/review.repository");
const reviewed_product_entity_1 = require("./infrastructure/reviewed-product.entity");
const reviewed_product_repository_1 = require("./infrastructure/reviewed-product.repository");
const get_review_handler_1 = require("./queries/get-review/get-review.handler");
const list_product_reviews_handler_1 = require("./queries/list-product-reviews/list-product-reviews.handler");
let ReviewsModule = class ReviewsModule {
};
exports.ReviewsModule = ReviewsModule;
exports.ReviewsModule = ReviewsModule = __decorate([
    (0, common_1.Module)({
        controllers: [product_reviews_controller_1.ProductReviewsController, reviews_controller_1.ReviewsController],
        providers: [
            review_repository_1.ReviewRepository,
            reviewed_product_repository_1.ReviewedProductRepository,
            add_review_handler_1.AddReviewHandler,
            edit_review_handler_1.EditReviewHandler,
            delete_review_handler_1.DeleteReviewHandler,
            get_review_handler_1.GetReviewHandler,
            list_product_reviews_handler_1.ListProductReviewsHandler,
            product_created_handler_1.ProductCreatedHandler,
            product_deleted_handler_1.ProductDeletedHandler,
        ],
    })
], ReviewsModule);
exports.reviewsModule = {
    name: 'reviews',
    nestModule: ReviewsModule,
    entities: [review_entity_1.ReviewEntity, reviewed_product_entity_1.ReviewedProductEntity],
    migrations: migrations_1.REVIEWS_MIGRATIONS,
    events: contracts_1.REVIEWS_EVENTS,
};
//# sourceMappingURL=reviews.module.js.map