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
exports.RedriveResponse = exports.DeadLetterResponse = void 0;
const swagger_1 = require("@nestjs/swagger");
/** A message a consumer gave up on, as operators see it. */
class DeadLetterResponse {
    id;
    consumer;
    eventId;
    type;
    error;
    attempts;
    failedAt;
    redrivenAt;
    envelope;
}
exports.DeadLetterResponse = DeadLetterResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ example: '17', description: 'Id to redrive it by (a 64-bit integer, as a string)' }),
    __metadata("design:type", String)
], DeadLetterResponse.prototype, "id", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'rating.summary', description: 'The consumer that gave up (`<module>.invalid-message` for unreadable messages)' }),
    __metadata("design:type", String)
], DeadLetterResponse.prototype, "consumer", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: String, format: 'uuid', nullable: true, description: 'Null when the message was not a valid event' }),
    __metadata("design:type", Object)
], DeadLetterResponse.prototype, "eventId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: String, nullable: true, example: 'rating.product-rated.v1' }),
    __metadata("design:type", Object)
], DeadLetterResponse.prototype, "type", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'deadlock detected', description: 'The last error' }),
    __metadata("design:type", String)
], DeadLetterResponse.prototype, "error", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 5, description: 'Delivery attempts made before the message was parked' }),
    __metadata("design:type", Number)
], DeadLetterResponse.prototype, "attempts", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'date-time' }),
    __metadata("design:type", String)
], DeadLetterResponse.prototype, "failedAt", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({
        type: String,
        format: 'date-time',
        nullable: true,
        description: 'When it was handed back to its consumer; null while pending',
    }),
    __metadata("design:type", Object)
], DeadLetterResponse.prototype, "redrivenAt", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({
        type: 'object',
        additionalProperties: true,
        description: 'The message as received: an event envelope, or `{raw}` for a body that was not JSON',
    }),
    __metadata("design:type", Object)
], DeadLetterResponse.prototype, "envelope", void 0);
class RedriveResponse {
    accepted;
    invalid;
}
exports.RedriveResponse = RedriveResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 3, description: 'Dead letters handed back to their consumer' }),
    __metadata("design:type", Number)
], RedriveResponse.prototype, "accepted", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: [String], example: [], description: 'Ids left pending because they hold no valid event' }),
    __metadata("design:type", Array)
], RedriveResponse.prototype, "invalid", void 0);
//# sourceMappingURL=dead-letter.response.js.map