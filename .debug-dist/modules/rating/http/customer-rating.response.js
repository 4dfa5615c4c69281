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
exports.CustomerRatingResponse = void 0;
const swagger_1 = require("@nestjs/swagger");
class CustomerRatingResponse {
    productId;
    userId;
    stars;
    version;
}
exports.CustomerRatingResponse = CustomerRatingResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'uuid' }),
    __metadata("design:type", String)
], CustomerRatingResponse.prototype, "productId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 'customer-42', description: 'User id (token subject) of the customer' }),
    __metadata("design:type", String)
], CustomerRatingResponse.prototype, "userId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ type: 'integer', example: 4, minimum: 1, maximum: 5 }),
    __metadata("design:type", Number)
], CustomerRatingResponse.prototype, "stars", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({
        type: 'integer',
        example: 1,
        description: 'Counts changes of this rating; unchanged when the same stars are sent again',
    }),
    __metadata("design:type", Number)
], CustomerRatingResponse.prototype, "version", void 0);
//# sourceMappingURL=customer-rating.response.js.map