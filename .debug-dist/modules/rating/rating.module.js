"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ratingModule = exports.RatingModule = void 0;
const common_1 = require("@nestjs/common");
const rate_product_handler_1 = require("./commands/rate-product/rate-product.handler");
const remove_rating_handler_1 = require("./commands/remove-rating/remove-rating.handler");
const contracts_1 = require("./contracts");
const product_existence_handler_1 = require("./event-handlers/product-existence.handler");
const rating_summary_handler_1 = require("./event-handlers/rating-summary.handler");
const product_ratings_controller_1 = require("./http/product-ratings.controller");
const customer_rating_entity_1 = require("./infrastructure/customer-rating.entity");
const customer_rating_repository_1 = require("./infrastructure/customer-rating.repository");
const migrations_1 = require("./infrastructure/migrations");
const rated_product_entity_1 = require("./infrastructure/rated-product.entity");
const rated_product_repository_1 = require("./infrastructure/rated-product.repository");
const rating_summary_entity_1 = require("./infrastructure/rating-summary.entity");
const rating_summary_repository_1 = require("./infrastructure/rating-summary.repository");
const summary_vote_entity_1 = require("./infrastructure/summary-vote.entity");
const get_product_rating_handler_1 = require("./queries/get-product-rating/get-product-rating.handler");
let RatingModule = class RatingModule {
};
exports.RatingModule = RatingModule;
exports.RatingModule = RatingModule = __decorate([
    (0, common_1.Module)({
        controllers: [product_ratings_controller_1.ProductRatingsController],
        providers: [
            rated_product_repository_1.RatedProductRepository,
            customer_rating_repository_1.CustomerRatingRepository,
            rating_summary_repository_1.RatingSummaryRepository,
            rate_product_handler_1.RateProductHandler,
            remove_rating_handler_1.RemoveRatingHandler,
            get_product_rating_handler_1.GetProductRatingHandler,
            product_existence_handler_1.ProductExistenceHandler,
            rating_summary_handler_1.RatingSummaryHandler,
        ],
    })
], RatingModule);
exports.ratingModule = {
    name: 'rating',
    nestModule: RatingModule,
    entities: [rated_product_entity_1.RatedProductEntity, customer_rating_entity_1.CustomerRatingEntity, rating_summary_entity_1.RatingSummaryEntity, summary_vote_entity_1.SummaryVoteEntity],
    migrations: migrations_1.RATING_MIGRATIONS,
    events: contracts_1.RATING_EVENTS,
};
//# sourceMappingURL=rating.module.js.map