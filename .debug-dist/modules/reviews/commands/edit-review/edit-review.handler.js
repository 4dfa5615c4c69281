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
exports.EditReviewHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const unit_of_work_1 = require("../../../../shared/messaging/unit-of-work");
const contracts_1 = require("../../contracts");
const review_1 = require("../../domain/review");
const reviews_errors_1 = require("../../domain/reviews.errors");
const review_repository_1 = require("../../infrastructure/review.repository");
const review_payload_1 = require("../review-payload");
const edit_review_command_1 = require("./edit-review.command");
let EditReviewHandler = class EditReviewHandler {
    unitOfWork;
    reviews;
    constructor(unitOfWork, reviews) {
        this.unitOfWork = unitOfWork;
        this.reviews = reviews;
    }
    execute({ reviewId, editor, changes, expectedVersion }) {
        return this.unitOfWork.run(async (tx) => {
            const current = await this.reviews.findForUpdate(tx.manager, reviewId);
            if (!current)
                throw new reviews_errors_1.ReviewNotFoundError(reviewId);
            const next = (0, review_1.editReview)(current, editor, changes, expectedVersion);
            if (next.version === current.version)
                return current;
            await this.reviews.update(tx.manager, next);
            tx.record(contracts_1.ReviewUpdatedIntegrationEvent, {
                streamId: (0, contracts_1.reviewStreamId)(next.id),
                streamVersion: next.version,
                payload: (0, review_payload_1.reviewPayload)(next),
            });
            return next;
        });
    }
};
exports.EditReviewHandler = EditReviewHandler;
exports.EditReviewHandler = EditReviewHandler = __decorate([
    (0, cqrs_1.CommandHandler)(edit_review_command_1.EditReviewCommand),
    __metadata("design:paramtypes", [unit_of_work_1.UnitOfWork,
        review_repository_1.ReviewRepository])
], EditReviewHandler);
//# sourceMappingURL=edit-review.handler.js.map