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
exports.DeleteReviewHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const unit_of_work_1 = require("../../../../shared/messaging/unit-of-work");
const contracts_1 = require("../../contracts");
const review_1 = require("../../domain/review");
const reviews_errors_1 = require("../../domain/reviews.errors");
const review_repository_1 = require("../../infrastructure/review.repository");
const delete_review_command_1 = require("./delete-review.command");
let DeleteReviewHandler = class DeleteReviewHandler {
    unitOfWork;
    reviews;
    constructor(unitOfWork, reviews) {
        this.unitOfWork = unitOfWork;
        this.reviews = reviews;
    }
    execute({ reviewId, requester, expectedVersion }) {
        return this.unitOfWork.run(async (tx) => {
            const review = await this.reviews.findForUpdate(tx.manager, reviewId);
            if (!review)
                throw new reviews_errors_1.ReviewNotFoundError(reviewId);
            const deletedBy = (0, review_1.deleteReview)(review, requester, expectedVersion);
            const version = review.version + 1;
            await this.reviews.markDeleted(tx.manager, reviewId, version);
            tx.record(contracts_1.ReviewDeletedIntegrationEvent, {
                streamId: (0, contracts_1.reviewStreamId)(reviewId),
                streamVersion: version,
                payload: { reviewId, productId: review.productId, authorId: review.authorId, deletedBy },
            });
        });
    }
};
exports.DeleteReviewHandler = DeleteReviewHandler;
exports.DeleteReviewHandler = DeleteReviewHandler = __decorate([
    (0, cqrs_1.CommandHandler)(delete_review_command_1.DeleteReviewCommand),
    __metadata("design:paramtypes", [unit_of_work_1.UnitOfWork,
        review_repository_1.ReviewRepository])
], DeleteReviewHandler);
//# sourceMappingURL=delete-review.handler.js.map