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
exports.EventStreamQueryDto = exports.TimelineQueryDto = exports.EventLogQueryDto = exports.EventPositionQueryDto = exports.POSITION_PATTERN = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const event_type_pattern_1 = require("./event-type-pattern");
/** A position as clients send it: digits, at most 18 so it always fits a Postgres bigint. */
exports.POSITION_PATTERN = /^(0|[1-9][0-9]{0,17})$/;
/** Where a read of the event store starts: after a known position, or from a page's `nextCursor`. */
class EventPositionQueryDto {
    after;
    cursor;
}
exports.EventPositionQueryDto = EventPositionQueryDto;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({
        example: '1042',
        pattern: exports.POSITION_PATTERN.source,
        description: 'Only events after this position (e.g. the last `position` seen); default 0',
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(exports.POSITION_PATTERN, { message: 'after must be an event position: digits, at most 18' }),
    __metadata("design:type", String)
], EventPositionQueryDto.prototype, "after", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ maxLength: 512, description: 'The `nextCursor` of the previous page (instead of `after`)' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(512),
    __metadata("design:type", String)
], EventPositionQueryDto.prototype, "cursor", void 0);
/** What a filter on event type accepts. */
const TypeFilter = () => (0, swagger_1.ApiPropertyOptional)({
    example: 'reviews.*',
    pattern: event_type_pattern_1.EVENT_TYPE_PATTERN.source,
    description: 'An exact type (`reviews.review-added.v1`) or a prefix ending in `*` (`reviews.*`, `reviews.review-*`)',
});
class EventLogQueryDto extends EventPositionQueryDto {
    type;
    streamId;
    limit = 100;
}
exports.EventLogQueryDto = EventLogQueryDto;
__decorate([
    TypeFilter(),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Length)(1, 200),
    (0, class_validator_1.Matches)(event_type_pattern_1.EVENT_TYPE_PATTERN, {
        message: 'type must be lower-case letters, digits, "." and "-", with "*" only at the end',
    }),
    __metadata("design:type", String)
], EventLogQueryDto.prototype, "type", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ example: 'catalog.product:0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Length)(1, 512),
    __metadata("design:type", String)
], EventLogQueryDto.prototype, "streamId", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ minimum: 1, maximum: 500, default: 100 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Type)(() => Number),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(500),
    __metadata("design:type", Number)
], EventLogQueryDto.prototype, "limit", void 0);
class TimelineQueryDto extends EventPositionQueryDto {
    limit = 1000;
}
exports.TimelineQueryDto = TimelineQueryDto;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ minimum: 1, maximum: 1000, default: 1000 }),
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Type)(() => Number),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(1000),
    __metadata("design:type", Number)
], TimelineQueryDto.prototype, "limit", void 0);
class EventStreamQueryDto {
    type;
    after;
}
exports.EventStreamQueryDto = EventStreamQueryDto;
__decorate([
    TypeFilter(),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Length)(1, 200),
    (0, class_validator_1.Matches)(event_type_pattern_1.EVENT_TYPE_PATTERN, {
        message: 'type must be lower-case letters, digits, "." and "-", with "*" only at the end',
    }),
    __metadata("design:type", String)
], EventStreamQueryDto.prototype, "type", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({
        example: '1042',
        pattern: exports.POSITION_PATTERN.source,
        description: 'Resume after this position, for clients that cannot send `Last-Event-ID` (which wins); default: now',
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(exports.POSITION_PATTERN, { message: 'after must be an event position: digits, at most 18' }),
    __metadata("design:type", String)
], EventStreamQueryDto.prototype, "after", void 0);
