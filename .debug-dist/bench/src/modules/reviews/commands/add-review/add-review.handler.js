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
exports.AddReviewHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const unit_of_work_1 = require("../../../../shared/messaging/unit-of-work");
const uuid_v7_1 = require("../../../../shared/messaging/uuid-v7");
const contracts_1 = require("../../contracts");
const review_1 = require("../../domain/review");
const reviews_errors_1 = require("../../domain/reviews.errors");
const review_repository_1 = require("../../infrastructure/review.repository");
const reviewed_product_repository_1 = require("../../infrastructure/reviewed-product.repository");
const review_payload_1 = require("../review-payload");
const add_review_command_1 = require("./add-review.command");
let AddReviewHandler = class AddReviewHandler {
    unitOfWork;
    products;
    reviews;
    constructor(unitOfWork, products, reviews) {
        this.unitOfWork = unitOfWork;
        this.products = products;
        this.reviews = reviews;
    }
    execute({ productId, authorId, text }) {
        const review = (0, review_1.writeReview)((0, uuid_v7_1.uuidV7)(), productId, authorId, text);
        return this.unitOfWork.run(async (tx) => {
            if (!(await this.products.lockIfReviewable(tx.manager, productId)))
                throw new reviews_errors_1.ReviewedProductNotFoundError(productId);
            await this.reviews.insert(tx.manager, review);
            tx.record(contracts_1.ReviewAddedIntegrationEvent, {
                streamId: (0, contracts_1.reviewStreamId)(review.id),
                streamVersion: review.version,
                payload: (0, review_payload_1.reviewPayload)(review),
            });
            return review;
        });
    }
};
exports.AddReviewHandler = AddReviewHandler;
exports.AddReviewHandler = AddReviewHandler = __decorate([
    (0, cqrs_1.CommandHandler)(add_review_command_1.AddReviewCommand),
    __metadata("design:paramtypes", [unit_of_work_1.UnitOfWork,
        reviewed_product_repository_1.ReviewedProductRepository,
        review_repository_1.ReviewRepository])
], AddReviewHandler);
