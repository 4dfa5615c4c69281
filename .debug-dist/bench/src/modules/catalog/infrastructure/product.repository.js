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
exports.ProductRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const catalog_errors_1 = require("../domain/catalog.errors");
const product_entity_1 = require("./product.entity");
const toDomain = (row) => ({
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    price: { amount: row.priceAmount, currency: row.priceCurrency },
    initialStock: row.initialStock,
    categories: row.categories,
    version: row.version,
});
const isUniqueViolation = (error) => error instanceof typeorm_1.QueryFailedError && error.driverError.code === '23505';
/** Reads and writes `catalog.products`; writes take the caller's transaction. */
let ProductRepository = class ProductRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** Loads and row-locks a product for a write, so concurrent changes serialise on its version. */
    async findForUpdate(manager, id) {
        const row = await manager
            .getRepository(product_entity_1.ProductEntity)
            .createQueryBuilder('p')
            .setLock('pessimistic_write')
            .where('p.id = :id', { id })
            .getOne();
        return row ? toDomain(row) : undefined;
    }
    async insert(manager, product) {
        try {
            await manager.getRepository(product_entity_1.ProductEntity).insert({
                id: product.id,
                sku: product.sku,
                name: product.name,
                description: product.description,
                priceAmount: product.price.amount,
                priceCurrency: product.price.currency,
                initialStock: product.initialStock,
                categories: product.categories,
                version: product.version,
                available: product.initialStock,
                inStock: product.initialStock > 0,
            });
        }
        catch (error) {
            if (isUniqueViolation(error))
                throw new catalog_errors_1.DuplicateSkuError(product.sku);
            throw error;
        }
    }
    async update(manager, product) {
        await manager.getRepository(product_entity_1.ProductEntity).update({ id: product.id }, {
            name: product.name,
            description: product.description,
            priceAmount: product.price.amount,
            priceCurrency: product.price.currency,
            version: product.version,
            updatedAt: new Date(),
        });
    }
    async delete(manager, id) {
        await manager.getRepository(product_entity_1.ProductEntity).delete({ id });
    }
    findOne(id) {
        return this.dataSource.getRepository(product_entity_1.ProductEntity).findOneBy({ id });
    }
    /** Keyset page in id order (UUID v7 ids sort by creation time), stable under concurrent inserts. */
    listAfter(afterId, limit) {
        const query = this.dataSource.getRepository(product_entity_1.ProductEntity).createQueryBuilder('p').orderBy('p.id', 'ASC').limit(limit);
        if (afterId)
            query.where('p.id > :afterId', { afterId });
        return query.getMany();
    }
};
exports.ProductRepository = ProductRepository;
exports.ProductRepository = ProductRepository = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], ProductRepository);
