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
exports.ProductReviewsController = void 0;
const common_1 = require("@nestjs/common");
const cqrs_1 = require("@nestjs/cqrs");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_1 = require("../../../shared/auth/auth.decorators");
const current_user_decorator_1 = require("../../../shared/auth/current-user.decorator");
const pagination_1 = require("../../../shared/http/pagination");
const problem_schema_1 = require("../../../shared/http/problem.schema");
const problem_exception_1 = require("../../../shared/http/problem.exception");
const add_review_command_1 = require("../commands/add-review/add-review.command");
const get_review_query_1 = require("../queries/get-review/get-review.query");
const list_product_reviews_query_1 = require("../queries/list-product-reviews/list-product-reviews.query");
const add_review_request_1 = require("./add-review.request");
const review_response_1 = require("./review.response");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function beforeIdOf(cursor) {
    if (cursor === undefined)
        return undefined;
    const { id } = (0, pagination_1.decodeCursor)(cursor);
    if (typeof id !== 'string' || !UUID.test(id)) {
        throw problem_exception_1.ProblemException.badField('cursor', 'cursor is malformed; pass the nextCursor of a previous page');
    }
    return id;
}
let ProductReviewsController = class ProductReviewsController {
    commands;
    queries;
    constructor(commands, queries) {
        this.commands = commands;
        this.queries = queries;
    }
    async add(productId, body, user, reply) {
        const review = await this.commands.execute(new add_review_command_1.AddReviewCommand(productId, user.id, body));
        reply.header('location', `/api/v1/reviews/${review.id}`).header('etag', `"${review.version}"`);
        return this.queries.execute(new get_review_query_1.GetReviewQuery(review.id));
    }
    async list(productId, query) {
        const page = await this.queries.execute(new list_product_reviews_query_1.ListProductReviewsQuery(productId, query.limit, beforeIdOf(query.cursor)));
        return { items: page.items, nextCursor: page.lastId ? (0, pagination_1.encodeCursor)({ id: page.lastId }) : null };
    }
};
exports.ProductReviewsController = ProductReviewsController;
__decorate([
    (0, common_1.Post)(),
    (0, auth_decorators_1.Authenticated)(),
    (0, swagger_1.ApiOperation)({
        summary: 'Review a product',
        description: 'One review per customer and product. A product just created may need a moment to become reviewable.',
    }),
    (0, swagger_1.ApiCreatedResponse)({ type: review_response_1.ReviewResponse }),
    (0, problem_schema_1.ApiProblems)(400, 401, 404, 409, 413, 415),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, current_user_decorator_1.CurrentUser)()),
    __param(3, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, add_review_request_1.AddReviewRequest, Object, Object]),
    __metadata("design:returntype", Promise)
], ProductReviewsController.prototype, "add", null);
__decorate([
    (0, common_1.Get)(),
    (0, swagger_1.ApiOperation)({
        summary: "List a product's reviews, newest first",
        description: 'Keyset pages in descending review id (UUID v7, so newest first); a review added while paging never shifts ' +
            'or repeats the pages after it. 404 for an unknown or deleted product.',
    }),
    (0, pagination_1.ApiPage)(review_response_1.ReviewResponse),
    (0, problem_schema_1.ApiProblems)(400, 404),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, pagination_1.PageQueryDto]),
    __metadata("design:returntype", Promise)
], ProductReviewsController.prototype, "list", null);
exports.ProductReviewsController = ProductReviewsController = __decorate([
    (0, swagger_1.ApiTags)('reviews'),
    (0, common_1.Controller)('products/:id/reviews'),
    __metadata("design:paramtypes", [cqrs_1.CommandBus,
        cqrs_1.QueryBus])
], ProductReviewsController);
