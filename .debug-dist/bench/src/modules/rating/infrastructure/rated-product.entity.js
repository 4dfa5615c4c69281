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
exports.RatedProductEntity = void 0;
const typeorm_1 = require("typeorm");
/** `rating.products`: the module's projection of catalog products, fed by catalog events. */
let RatedProductEntity = class RatedProductEntity {
    productId;
    /** A tombstone: once true it never goes back, whatever order events arrive in. */
    deleted;
    /** Stream version of the last applied catalog event about the product. */
    version;
};
exports.RatedProductEntity = RatedProductEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)('uuid', { name: 'product_id' }),
    __metadata("design:type", String)
], RatedProductEntity.prototype, "productId", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean'),
    __metadata("design:type", Boolean)
], RatedProductEntity.prototype, "deleted", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], RatedProductEntity.prototype, "version", void 0);
exports.RatedProductEntity = RatedProductEntity = __decorate([
    (0, typeorm_1.Entity)({ schema: 'rating', name: 'products' })
], RatedProductEntity);
