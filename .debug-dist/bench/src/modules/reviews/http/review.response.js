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
exports.ReviewResponse = void 0;
const swagger_1 = require("@nestjs/swagger");
class ReviewResponse {
    id;
    productId;
    authorId;
    title;
    body;
    version;
    createdAt;
    updatedAt;
}
exports.ReviewResponse = ReviewResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'uuid' }),
    __metadata("design:type", String)
], ReviewResponse.prototype, "id", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'uuid' }),
    __metadata("design:type", String)
], ReviewResponse.prototype, "productId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'customer-42', description: 'User id (token subject) of the author' }),
    __metadata("design:type", String)
], ReviewResponse.prototype, "authorId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'Great fit' }),
    __metadata("design:type", String)
], ReviewResponse.prototype, "title", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'True to size and soft after washing.' }),
    __metadata("design:type", String)
], ReviewResponse.prototype, "body", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ description: 'Increases with every edit; send it as If-Match to edit safely', example: 1 }),
    __metadata("design:type", Number)
], ReviewResponse.prototype, "version", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'date-time' }),
    __metadata("design:type", String)
], ReviewResponse.prototype, "createdAt", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'date-time' }),
    __metadata("design:type", String)
], ReviewResponse.prototype, "updatedAt", void 0);
