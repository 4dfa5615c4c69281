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
exports.ReviewsController = void 0;
const common_1 = require("@nestjs/common");
const cqrs_1 = require("@nestjs/cqrs");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_1 = require("../../../shared/auth/auth.decorators");
const current_user_decorator_1 = require("../../../shared/auth/current-user.decorator");
const if_match_1 = require("../../../shared/http/if-match");
const problem_schema_1 = require("../../../shared/http/problem.schema");
const delete_review_command_1 = require("../commands/delete-review/delete-review.command");
const edit_review_command_1 = require("../commands/edit-review/edit-review.command");
const get_review_query_1 = require("../queries/get-review/get-review.query");
const edit_review_request_1 = require("./edit-review.request");
const review_response_1 = require("./review.response");
const IF_MATCH = { name: 'If-Match', required: false, description: 'Expected review version, e.g. "3"; 412 if stale' };
const requester = (user) => ({ id: user.id, isAdmin: user.isAdmin });
let ReviewsController = class ReviewsController {
    commands;
    queries;
    constructor(commands, queries) {
        this.commands = commands;
        this.queries = queries;
    }
    async get(id, reply) {
        const review = await this.queries.execute(new get_review_query_1.GetReviewQuery(id));
        reply.header('etag', `"${review.version}"`);
        return review;
    }
    async edit(id, body, ifMatch, user, reply) {
        await this.commands.execute(new edit_review_command_1.EditReviewCommand(id, requester(user), body, (0, if_match_1.parseIfMatch)(ifMatch)));
        const review = await this.queries.execute(new get_review_query_1.GetReviewQuery(id));
        reply.header('etag', `"${review.version}"`);
        return review;
    }
    async delete(id, ifMatch, user) {
        await this.commands.execute(new delete_review_command_1.DeleteReviewCommand(id, requester(user), (0, if_match_1.parseIfMatch)(ifMatch)));
    }
};
exports.ReviewsController = ReviewsController;
__decorate([
    (0, common_1.Get)(':id'),
    (0, swagger_1.ApiOperation)({
        summary: 'Get a review',
        description: 'The `ETag` header carries the version to send as `If-Match` on changes.',
    }),
    (0, swagger_1.ApiOkResponse)({ type: review_response_1.ReviewResponse }),
    (0, problem_schema_1.ApiProblems)(400, 404),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], ReviewsController.prototype, "get", null);
__decorate([
    (0, common_1.Patch)(':id'),
    (0, auth_decorators_1.Authenticated)(),
    (0, swagger_1.ApiOperation)({
        summary: 'Edit the title or body of your review',
        description: 'Only the author may edit (403 otherwise); with `If-Match`, 412 when the review changed since.',
    }),
    (0, swagger_1.ApiHeader)(IF_MATCH),
    (0, swagger_1.ApiOkResponse)({ type: review_response_1.ReviewResponse }),
    (0, problem_schema_1.ApiProblems)(400, 401, 403, 404, 412, 413, 415),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, common_1.Headers)('if-match')),
    __param(3, (0, current_user_decorator_1.CurrentUser)()),
    __param(4, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, edit_review_request_1.EditReviewRequest, Object, Object, Object]),
    __metadata("design:returntype", Promise)
], ReviewsController.prototype, "edit", null);
__decorate([
    (0, common_1.Delete)(':id'),
    (0, common_1.HttpCode)(204),
    (0, auth_decorators_1.Authenticated)(),
    (0, swagger_1.ApiOperation)({
        summary: 'Delete a review (its author or an admin)',
        description: 'With `If-Match`, 412 when the review changed since.',
    }),
    (0, swagger_1.ApiHeader)(IF_MATCH),
    (0, swagger_1.ApiNoContentResponse)({ description: 'Deleted' }),
    (0, problem_schema_1.ApiProblems)(400, 401, 403, 404, 412),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Headers)('if-match')),
    __param(2, (0, current_user_decorator_1.CurrentUser)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object]),
    __metadata("design:returntype", Promise)
], ReviewsController.prototype, "delete", null);
exports.ReviewsController = ReviewsController = __decorate([
    (0, swagger_1.ApiTags)('reviews'),
    (0, common_1.Controller)('reviews'),
    __metadata("design:paramtypes", [cqrs_1.CommandBus,
        cqrs_1.QueryBus])
], ReviewsController);
//# sourceMappingURL=reviews.controller.js.map