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
exports.RemoveRatingHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const unit_of_work_1 = require("../../../../shared/messaging/unit-of-work");
const customer_rating_1 = require("../../domain/customer-rating");
const rating_errors_1 = require("../../domain/rating.errors");
const customer_rating_repository_1 = require("../../infrastructure/customer-rating.repository");
const rated_product_repository_1 = require("../../infrastructure/rated-product.repository");
const rating_change_recorder_1 = require("../rating-change.recorder");
const remove_rating_command_1 = require("./remove-rating.command");
let RemoveRatingHandler = class RemoveRatingHandler {
    unitOfWork;
    products;
    ratings;
    constructor(unitOfWork, products, ratings) {
        this.unitOfWork = unitOfWork;
        this.products = products;
        this.ratings = ratings;
    }
    execute({ productId, userId }) {
        return this.unitOfWork.run(async (tx) => {
            if (!(await this.products.isRateable(productId, tx.manager)))
                throw new rating_errors_1.RatedProductNotFoundError(productId);
            const { rating, change } = (0, customer_rating_1.removeRating)(await this.ratings.findForUpdate(tx.manager, productId, userId));
            await this.ratings.save(tx.manager, rating);
            (0, rating_change_recorder_1.recordRatingChange)(tx, rating, change);
        });
    }
};
exports.RemoveRatingHandler = RemoveRatingHandler;
exports.RemoveRatingHandler = RemoveRatingHandler = __decorate([
    (0, cqrs_1.CommandHandler)(remove_rating_command_1.RemoveRatingCommand),
    __metadata("design:paramtypes", [unit_of_work_1.UnitOfWork,
        rated_product_repository_1.RatedProductRepository,
        customer_rating_repository_1.CustomerRatingRepository])
], RemoveRatingHandler);
//# sourceMappingURL=remove-rating.handler.js.map