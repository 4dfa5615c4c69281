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
exports.ProblemDetailsDto = void 0;
exports.ApiProblems = ApiProblems;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const problem_details_1 = require("./problem-details");
class FieldErrorDto {
    field;
    message;
}
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'price.amount', description: 'Dotted path of the invalid input field' }),
    __metadata("design:type", String)
], FieldErrorDto.prototype, "field", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'amount must be a positive number' }),
    __metadata("design:type", String)
], FieldErrorDto.prototype, "message", void 0);
/** OpenAPI schema of the RFC 9457 problem details every error response carries. */
class ProblemDetailsDto {
    type;
    title;
    status;
    detail;
    instance;
    code;
    errors;
}
exports.ProblemDetailsDto = ProblemDetailsDto;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'about:blank' }),
    __metadata("design:type", String)
], ProblemDetailsDto.prototype, "type", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Bad Request', description: 'The HTTP status phrase' }),
    __metadata("design:type", String)
], ProblemDetailsDto.prototype, "title", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 400 }),
    __metadata("design:type", Number)
], ProblemDetailsDto.prototype, "status", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'The request has 1 invalid field' }),
    __metadata("design:type", String)
], ProblemDetailsDto.prototype, "detail", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: '/api/v1/products', description: 'Path of the request that failed' }),
    __metadata("design:type", String)
], ProblemDetailsDto.prototype, "instance", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ example: 'review.already-exists', description: 'Stable machine-readable error code' }),
    __metadata("design:type", String)
], ProblemDetailsDto.prototype, "code", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: [FieldErrorDto], description: 'Invalid fields (400 only)' }),
    __metadata("design:type", Array)
], ProblemDetailsDto.prototype, "errors", void 0);
const DESCRIPTIONS = {
    400: 'The request is malformed or invalid; `errors` lists the offending fields',
    401: 'The bearer token is missing, invalid or expired',
    403: 'The token is valid but does not allow this operation',
    404: 'The resource does not exist',
    409: 'The request conflicts with the current state of the resource',
    412: 'If-Match does not match the current version of the resource',
    413: 'The request body is too large',
    415: 'The request body is not application/json',
    503: 'A dependency is temporarily unavailable; retry after the Retry-After delay',
};
/** Documents problem+json responses for the given statuses, e.g. `@ApiProblems(400, 401, 403, 409)`. */
function ApiProblems(...statuses) {
    return (0, common_1.applyDecorators)((0, swagger_1.ApiExtraModels)(ProblemDetailsDto), ...statuses.map((status) => (0, swagger_1.ApiResponse)({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { [problem_details_1.PROBLEM_CONTENT_TYPE]: { schema: { $ref: (0, swagger_1.getSchemaPath)(ProblemDetailsDto) } } },
    })));
}
//# sourceMappingURL=problem.schema.js.map