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
exports.EventLogItemResponse = void 0;
const swagger_1 = require("@nestjs/swagger");
/** One stored event: the envelope exactly as recorded, plus where and when the store placed and published it. */
class EventLogItemResponse {
    position;
    eventId;
    type;
    module;
    streamId;
    streamVersion;
    occurredAt;
    correlationId;
    causationId;
    actor;
    payload;
    publishedAt;
}
exports.EventLogItemResponse = EventLogItemResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ example: '1042', description: 'Global position in the event store (a 64-bit integer, as a string)' }),
    __metadata("design:type", String)
], EventLogItemResponse.prototype, "position", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'uuid' }),
    __metadata("design:type", String)
], EventLogItemResponse.prototype, "eventId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({
        example: 'reviews.review-added.v1',
        description: 'Wire type as recorded (older versions stay as they were)',
    }),
    __metadata("design:type", String)
], EventLogItemResponse.prototype, "type", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'reviews', description: 'Module that recorded the event' }),
    __metadata("design:type", String)
], EventLogItemResponse.prototype, "module", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'reviews.review:0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' }),
    __metadata("design:type", String)
], EventLogItemResponse.prototype, "streamId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 1 }),
    __metadata("design:type", Number)
], EventLogItemResponse.prototype, "streamVersion", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'date-time' }),
    __metadata("design:type", String)
], EventLogItemResponse.prototype, "occurredAt", void 0);
__decorate([
    (0, swagger_1.ApiProperty)(),
    __metadata("design:type", String)
], EventLogItemResponse.prototype, "correlationId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: String, nullable: true, description: 'Id of the event that caused this one, if any' }),
    __metadata("design:type", Object)
], EventLogItemResponse.prototype, "causationId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'admin-1', description: 'User id that caused the event, or `system`' }),
    __metadata("design:type", String)
], EventLogItemResponse.prototype, "actor", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({
        type: 'object',
        additionalProperties: true,
        description: 'As described for its type in /docs/asyncapi.json',
    }),
    __metadata("design:type", Object)
], EventLogItemResponse.prototype, "payload", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({
        type: String,
        format: 'date-time',
        nullable: true,
        description: 'When the relay published it; null until then',
    }),
    __metadata("design:type", Object)
], EventLogItemResponse.prototype, "publishedAt", void 0);
//# sourceMappingURL=event-log-item.response.js.map