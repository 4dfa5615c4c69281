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
exports.CustomerRatingEntity = void 0;
const typeorm_1 = require("typeorm");
/** `rating.ratings`: each customer's current rating of a product (the write side). */
let CustomerRatingEntity = class CustomerRatingEntity {
    productId;
    userId;
    /** Null once the customer removed the rating; the row stays so the stream version keeps counting. */
    stars;
    version;
    updatedAt;
};
exports.CustomerRatingEntity = CustomerRatingEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid', { name: 'product_id' }),
    __metadata("design:type", String)
], CustomerRatingEntity.prototype, "productId", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)('text', { name: 'user_id' }),
    __metadata("design:type", String)
], CustomerRatingEntity.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)('smallint', { nullable: true }),
    __metadata("design:type", Object)
], CustomerRatingEntity.prototype, "stars", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], CustomerRatingEntity.prototype, "version", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'updated_at' }),
    __metadata("design:type", Date)
], CustomerRatingEntity.prototype, "updatedAt", void 0);
exports.CustomerRatingEntity = CustomerRatingEntity = __decorate([
    (0, typeorm_1.Entity)({ schema: 'rating', name: 'ratings' })
], CustomerRatingEntity);
//# sourceMappingURL=customer-rating.entity.js.map