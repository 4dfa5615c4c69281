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
exports.RatedProductRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const rated_product_entity_1 = require("./rated-product.entity");
/** Reads and writes `rating.products`, the module's own knowledge of which catalog products exist. */
let RatedProductRepository = class RatedProductRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** True when the product was created and not deleted; pass the transaction's manager to read inside it. */
    async isRateable(productId, manager = this.dataSource.manager) {
        const row = await manager.getRepository(rated_product_entity_1.RatedProductEntity).findOneBy({ productId });
        return row !== null && !row.deleted;
    }
    /** Idempotent; never revives a tombstone left by a product-deleted that arrived first. */
    async recordCreated(manager, productId, version) {
        await manager.query(`INSERT INTO rating.products (product_id, deleted, version) VALUES ($1, false, $2)
       ON CONFLICT (product_id) DO NOTHING`, [productId, version]);
    }
    /** Leaves a tombstone, whether or not the product was known yet. */
    async recordDeleted(manager, productId, version) {
        await manager.query(`INSERT INTO rating.products (product_id, deleted, version) VALUES ($1, true, $2)
       ON CONFLICT (product_id) DO UPDATE SET deleted = true, version = GREATEST(rating.products.version, EXCLUDED.version)`, [productId, version]);
    }
};
exports.RatedProductRepository = RatedProductRepository;
exports.RatedProductRepository = RatedProductRepository = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], RatedProductRepository);
