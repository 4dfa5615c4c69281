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
exports.StockEntity = void 0;
const typeorm_1 = require("typeorm");
/** `inventory.stock`: one row per product the catalog announced, kept (flagged) after deletion. */
let StockEntity = class StockEntity {
    productId;
    onHand;
    reserved;
    views;
    /** A tombstone, so a late or redelivered product-created cannot bring the product back. */
    deleted;
    /** Version of the last event of stream `inventory.stock:<productId>`. */
    version;
};
exports.StockEntity = StockEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid', { name: 'product_id' }),
    __metadata("design:type", String)
], StockEntity.prototype, "productId", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { name: 'on_hand' }),
    __metadata("design:type", Number)
], StockEntity.prototype, "onHand", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], StockEntity.prototype, "reserved", void 0);
__decorate([
    (0, typeorm_1.Column)('bigint', { transformer: { to: (v) => v, from: (v) => Number(v) } }),
    __metadata("design:type", Number)
], StockEntity.prototype, "views", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean'),
    __metadata("design:type", Boolean)
], StockEntity.prototype, "deleted", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], StockEntity.prototype, "version", void 0);
exports.StockEntity = StockEntity = __decorate([
    (0, typeorm_1.Entity)({ schema: 'inventory', name: 'stock' })
], StockEntity);
//# sourceMappingURL=stock.entity.js.map