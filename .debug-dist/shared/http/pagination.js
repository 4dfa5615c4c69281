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
exports.PageQueryDto = void 0;
exports.encodeCursor = encodeCursor;
exports.decodeCursor = decodeCursor;
exports.ApiPage = ApiPage;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const problem_exception_1 = require("./problem.exception");
/** `?limit&cursor` of every list endpoint; extend it for endpoint-specific filters. */
class PageQueryDto {
    limit = 20;
    cursor;
}
exports.PageQueryDto = PageQueryDto;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ minimum: 1, maximum: 100, default: 20 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Type)(() => Number),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(100),
    __metadata("design:type", Number)
], PageQueryDto.prototype, "limit", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ maxLength: 512, description: 'The `nextCursor` of the previous page' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(512),
    __metadata("design:type", String)
], PageQueryDto.prototype, "cursor", void 0);
/** Makes an opaque cursor of the keyset position a list stopped at. */
function encodeCursor(value) {
    return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}
/**
 * Reads a cursor made by `encodeCursor`; anything else is the client's mistake (400 on `cursor`).
 * Only the shape is checked here: callers validate the fields they read.
 */
function decodeCursor(cursor) {
    const malformed = () => problem_exception_1.ProblemException.badField('cursor', 'cursor is malformed; pass the nextCursor of a previous page');
    if (!/^[A-Za-z0-9_-]+$/.test(cursor))
        throw malformed();
    let value;
    try {
        value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    }
    catch {
        throw malformed();
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw malformed();
    return value;
}
/** Documents a 200 `Page<item>` response. */
function ApiPage(item) {
    return (0, common_1.applyDecorators)((0, swagger_1.ApiExtraModels)(item), (0, swagger_1.ApiOkResponse)({
        schema: {
            type: 'object',
            required: ['items', 'nextCursor'],
            properties: {
                items: { type: 'array', items: { $ref: (0, swagger_1.getSchemaPath)(item) } },
                nextCursor: {
                    type: 'string',
                    nullable: true,
                    description: 'Pass as `cursor` for the next page; null on the last page',
                },
            },
        },
    }));
}
//# sourceMappingURL=pagination.js.map