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
exports.ProductTimelineController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_1 = require("../../auth/auth.decorators");
const pagination_1 = require("../../http/pagination");
const problem_schema_1 = require("../../http/problem.schema");
const problem_exception_1 = require("../../http/problem.exception");
const event_log_item_response_1 = require("./event-log-item.response");
const event_log_page_1 = require("./event-log-page");
const event_log_query_dto_1 = require("./event-log-query.dto");
const event_log_reader_1 = require("./event-log.reader");
let ProductTimelineController = class ProductTimelineController {
    reader;
    constructor(reader) {
        this.reader = reader;
    }
    async timeline(id, query) {
        const events = await this.reader.timeline(id, (0, event_log_page_1.startPosition)(query), query.limit);
        if (events.length === 0 && !(await this.reader.mentions(id))) {
            throw new problem_exception_1.ProblemException({
                status: 404,
                detail: `no stored event mentions product ${id}`,
                code: 'events.product-unknown',
            });
        }
        return (0, event_log_page_1.eventPage)(events, query.limit);
    }
};
exports.ProductTimelineController = ProductTimelineController;
__decorate([
    (0, common_1.Get)(':id/timeline'),
    (0, swagger_1.ApiOperation)({
        summary: "A product's history across modules",
        description: 'Admin only. Every stored event that names the product in its payload or whose stream is about it ' +
            '(catalog, reviews, rating, inventory), in position order, at most `limit` per page. 404 when none does.',
    }),
    (0, pagination_1.ApiPage)(event_log_item_response_1.EventLogItemResponse),
    (0, problem_schema_1.ApiProblems)(400, 404),
    __param(0, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, event_log_query_dto_1.TimelineQueryDto]),
    __metadata("design:returntype", Promise)
], ProductTimelineController.prototype, "timeline", null);
exports.ProductTimelineController = ProductTimelineController = __decorate([
    (0, swagger_1.ApiTags)('events'),
    (0, auth_decorators_1.AdminOnly)(),
    (0, common_1.Controller)('products'),
    __metadata("design:paramtypes", [event_log_reader_1.EventLogReader])
], ProductTimelineController);
