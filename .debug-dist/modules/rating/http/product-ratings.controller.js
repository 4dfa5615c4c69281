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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProductRatingsController = void 0;
const common_1 = require("@nestjs/common");
const cqrs_1 = require("@nestjs/cqrs");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_1 = require("../../../shared/auth/auth.decorators");
const current_user_decorator_1 = require("../../../shared/auth/current-user.decorator");
const problem_schema_1 = require("../../../shared/http/problem.schema");
const rate_product_command_1 = require("../commands/rate-product/rate-product.command");
const remove_rating_command_1 = require("../commands/remove-rating/remove-rating.command");
const get_product_rating_query_1 = require("../queries/get-product-rating/get-product-rating.query");
const customer_rating_response_1 = require("./customer-rating.response");
const product_rating_response_1 = require("./product-rating.response");
const rate_product_request_1 = require("./rate-product.request");
let ProductRatingsController = class ProductRatingsController {
    commands;
    queries;
    constructor(commands, queries) {
        this.commands = commands;
        this.queries = queries;
    }
    rate(productId, body, user) {
        return this.commands.execute(new rate_product_command_1.RateProductCommand(productId, user.id, body.stars));
    }
    async remove(productId, user) {
        await this.commands.execute(new remove_rating_command_1.RemoveRatingCommand(productId, user.id));
    }
    get(productId) {
        return this.queries.execute(new get_product_rating_query_1.GetProductRatingQuery(productId));
    }
};
exports.ProductRatingsController = ProductRatingsController;
__decorate([
    (0, common_1.Put)('ratings/me'),
    (0, auth_decorators_1.Authenticated)(),
    (0, swagger_1.ApiOperation)({
        summary: "Rate a product, or change the caller's rating",
        description: 'One rating of 1 to 5 stars per customer and product; putting it again replaces it.',
    }),
    (0, swagger_1.ApiOkResponse)({ type: customer_rating_response_1.CustomerRatingResponse }),
    (0, problem_schema_1.ApiProblems)(400, 404, 413, 415),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, current_user_decorator_1.CurrentUser)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, rate_product_request_1.RateProductRequest, Object]),
    __metadata("design:returntype", Promise)
], ProductRatingsController.prototype, "rate", null);
__decorate([
    (0, common_1.Delete)('ratings/me'),
    (0, common_1.HttpCode)(204),
    (0, auth_decorators_1.Authenticated)(),
    (0, swagger_1.ApiOperation)({
        summary: "Withdraw the caller's rating",
        description: '404 when the caller has not rated the product.',
    }),
    (0, swagger_1.ApiNoContentResponse)({ description: 'Removed' }),
    (0, problem_schema_1.ApiProblems)(400, 404),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, current_user_decorator_1.CurrentUser)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], ProductRatingsController.prototype, "remove", null);
__decorate([
    (0, common_1.Get)('rating'),
    (0, swagger_1.ApiOperation)({
        summary: "A product's average, count and histogram of ratings (eventually consistent)",
        description: 'Recalculated from rating events, so a rating just given shows here after a short delay.',
    }),
    (0, swagger_1.ApiOkResponse)({ type: product_rating_response_1.ProductRatingResponse }),
    (0, problem_schema_1.ApiProblems)(400, 404),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], ProductRatingsController.prototype, "get", null);
exports.ProductRatingsController = ProductRatingsController = __decorate([
    (0, swagger_1.ApiTags)('ratings'),
    (0, common_1.Controller)('products/:id'),
    __metadata("design:paramtypes", [cqrs_1.CommandBus,
        cqrs_1.QueryBus])
], ProductRatingsController);
//# sourceMappingURL=product-ratings.controller.js.map