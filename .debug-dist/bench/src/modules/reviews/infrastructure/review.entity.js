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
exports.ReviewEntity = void 0;
const typeorm_1 = require("typeorm");
/** `reviews.reviews`: a deleted review keeps its row (and stream version) with `deletedAt` set. */
let ReviewEntity = class ReviewEntity {
    id;
    productId;
    authorId;
    title;
    body;
    version;
    createdAt;
    updatedAt;
    deletedAt;
};
exports.ReviewEntity = ReviewEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid'),
    __metadata("design:type", String)
], ReviewEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'product_id' }),
    __metadata("design:type", String)
], ReviewEntity.prototype, "productId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'author_id' }),
    __metadata("design:type", String)
], ReviewEntity.prototype, "authorId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ReviewEntity.prototype, "title", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], ReviewEntity.prototype, "body", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], ReviewEntity.prototype, "version", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'created_at' }),
    __metadata("design:type", Date)
], ReviewEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'updated_at' }),
    __metadata("design:type", Date)
], ReviewEntity.prototype, "updatedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('timestamptz', { name: 'deleted_at', nullable: true }),
    __metadata("design:type", Object)
], ReviewEntity.prototype, "deletedAt", void 0);
exports.ReviewEntity = ReviewEntity = __decorate([
    (0, typeorm_1.Entity)({ schema: 'reviews', name: 'reviews' })
], ReviewEntity);
