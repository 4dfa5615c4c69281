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
exports.RateProductHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const unit_of_work_1 = require("../../../../shared/messaging/unit-of-work");
const customer_rating_1 = require("../../domain/customer-rating");
const rating_errors_1 = require("../../domain/rating.errors");
const stars_1 = require("../../domain/stars");
const customer_rating_repository_1 = require("../../infrastructure/customer-rating.repository");
const rated_product_repository_1 = require("../../infrastructure/rated-product.repository");
const rating_change_recorder_1 = require("../rating-change.recorder");
const rate_product_command_1 = require("./rate-product.command");
let RateProductHandler = class RateProductHandler {
    unitOfWork;
    products;
    ratings;
    constructor(unitOfWork, products, ratings) {
        this.unitOfWork = unitOfWork;
        this.products = products;
        this.ratings = ratings;
    }
    execute({ productId, userId, stars: rawStars }) {
        const stars = (0, stars_1.toStars)(rawStars);
        return this.unitOfWork.run(async (tx) => {
            if (!(await this.products.isRateable(productId, tx.manager)))
                throw new rating_errors_1.RatedProductNotFoundError(productId);
            const { rating, change } = (0, customer_rating_1.rate)(await this.ratings.lockOrCreate(tx.manager, productId, userId), stars);
            if (change) {
                await this.ratings.save(tx.manager, rating);
                (0, rating_change_recorder_1.recordRatingChange)(tx, rating, change);
            }
            return rating;
        });
    }
};
exports.RateProductHandler = RateProductHandler;
exports.RateProductHandler = RateProductHandler = __decorate([
    (0, cqrs_1.CommandHandler)(rate_product_command_1.RateProductCommand),
    __metadata("design:paramtypes", [unit_of_work_1.UnitOfWork,
        rated_product_repository_1.RatedProductRepository,
        customer_rating_repository_1.CustomerRatingRepository])
], RateProductHandler);
//# sourceMappingURL=rate-product.handler.js.map