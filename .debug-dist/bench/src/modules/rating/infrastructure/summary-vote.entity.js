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
exports.SummaryVoteEntity = void 0;
const typeorm_1 = require("typeorm");
/**
 * `rating.summary_votes`: the rating calculation's own record of each customer's vote and the last
 * stream version applied, so stale or reordered events cannot skew the summary.
 */
let SummaryVoteEntity = class SummaryVoteEntity {
    productId;
    userId;
    stars;
    version;
};
exports.SummaryVoteEntity = SummaryVoteEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid', { name: 'product_id' }),
    __metadata("design:type", String)
], SummaryVoteEntity.prototype, "productId", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)('text', { name: 'user_id' }),
    __metadata("design:type", String)
], SummaryVoteEntity.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)('smallint', { nullable: true }),
    __metadata("design:type", Object)
], SummaryVoteEntity.prototype, "stars", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], SummaryVoteEntity.prototype, "version", void 0);
exports.SummaryVoteEntity = SummaryVoteEntity = __decorate([
    (0, typeorm_1.Entity)({ schema: 'rating', name: 'summary_votes' })
], SummaryVoteEntity);
