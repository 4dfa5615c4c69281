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
exports.RatingSummaryEntity = void 0;
const typeorm_1 = require("typeorm");
/** `rating.summaries`: the histogram of a product's current ratings, kept by the rating calculation. */
let RatingSummaryEntity = class RatingSummaryEntity {
    productId;
    count;
    h1;
    h2;
    h3;
    h4;
    h5;
    /** Counts changes; the version of stream `rating.summary:<productId>`. */
    version;
};
exports.RatingSummaryEntity = RatingSummaryEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid', { name: 'product_id' }),
    __metadata("design:type", String)
], RatingSummaryEntity.prototype, "productId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], RatingSummaryEntity.prototype, "count", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], RatingSummaryEntity.prototype, "h1", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], RatingSummaryEntity.prototype, "h2", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], RatingSummaryEntity.prototype, "h3", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], RatingSummaryEntity.prototype, "h4", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], RatingSummaryEntity.prototype, "h5", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], RatingSummaryEntity.prototype, "version", void 0);
exports.RatingSummaryEntity = RatingSummaryEntity = __decorate([
    (0, typeorm_1.Entity)({ schema: 'rating', name: 'summaries' })
], RatingSummaryEntity);
//# sourceMappingURL=rating-summary.entity.js.map