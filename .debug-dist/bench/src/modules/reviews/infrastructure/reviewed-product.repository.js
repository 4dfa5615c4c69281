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
exports.ReviewedProductRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const reviewed_product_entity_1 = require("./reviewed-product.entity");
/** Reads and writes `reviews.products`, the module's own knowledge of which catalog products exist. */
let ReviewedProductRepository = class ReviewedProductRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /**
     * True when the product exists and is not deleted. Takes a share lock for the rest of the
     * transaction, so a concurrent product-deleted waits for a review being added (and then deletes
     * it too) instead of missing it.
     */
    async lockIfReviewable(manager, productId) {
        const row = await manager
            .getRepository(reviewed_product_entity_1.ReviewedProductEntity)
            .createQueryBuilder('p')
            .setLock('pessimistic_read')
            .where('p.productId = :productId', { productId })
            .getOne();
        return row !== null && !row.deleted;
    }
    async isReviewable(productId) {
        const row = await this.dataSource.getRepository(reviewed_product_entity_1.ReviewedProductEntity).findOneBy({ productId });
        return row !== null && !row.deleted;
    }
    /** Idempotent; never revives a tombstone left by a product-deleted that arrived first. */
    async recordCreated(manager, productId, version) {
        await manager.query(`INSERT INTO reviews.products (product_id, deleted, version) VALUES ($1, false, $2)
       ON CONFLICT (product_id) DO NOTHING`, [productId, version]);
    }
    /** Leaves a tombstone, whether or not the product was known; row-locks it against new reviews. */
    async recordDeleted(manager, productId, version) {
        await manager.query(`INSERT INTO reviews.products (product_id, deleted, version) VALUES ($1, true, $2)
       ON CONFLICT (product_id) DO UPDATE SET deleted = true, version = GREATEST(reviews.products.version, EXCLUDED.version)`, [productId, version]);
    }
};
exports.ReviewedProductRepository = ReviewedProductRepository;
exports.ReviewedProductRepository = ReviewedProductRepository = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], ReviewedProductRepository);
