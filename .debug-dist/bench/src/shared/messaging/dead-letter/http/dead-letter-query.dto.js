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
exports.RedriveQueryDto = exports.DeadLetterQueryDto = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const pagination_1 = require("../../../http/pagination");
/** A consumer name as declared on its handler: `<module>.<handler>`. */
const CONSUMER = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const CONSUMER_MESSAGE = 'consumer must be a consumer name such as search.index-review-text';
const STATUSES = ['pending', 'redriven'];
class DeadLetterQueryDto extends pagination_1.PageQueryDto {
    consumer;
    status;
}
exports.DeadLetterQueryDto = DeadLetterQueryDto;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ example: 'rating.summary', pattern: CONSUMER.source, description: 'Only this consumer' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Length)(3, 200),
    (0, class_validator_1.Matches)(CONSUMER, { message: CONSUMER_MESSAGE }),
    __metadata("design:type", String)
], DeadLetterQueryDto.prototype, "consumer", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({
        enum: STATUSES,
        description: '`pending`: not redriven yet; `redriven`: handed back to the consumer. Default: both',
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(STATUSES),
    __metadata("design:type", String)
], DeadLetterQueryDto.prototype, "status", void 0);
class RedriveQueryDto {
    consumer;
}
exports.RedriveQueryDto = RedriveQueryDto;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'rating.summary', pattern: CONSUMER.source, description: 'The consumer to redrive' }),
    (0, class_validator_1.Length)(3, 200),
    (0, class_validator_1.Matches)(CONSUMER, { message: CONSUMER_MESSAGE }),
    __metadata("design:type", String)
], RedriveQueryDto.prototype, "consumer", void 0);
