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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Baseline: a stock NestJS application on Express with a TypeORM `findOneBy` — the framework and ORM
 * as most projects use them, without the app's CQRS, edge hooks, projections or events.
 */
require("reflect-metadata");
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const platform_express_1 = require("@nestjs/platform-express");
const typeorm_1 = require("typeorm");
const product_entity_1 = require("../../../src/modules/catalog/infrastructure/product.entity");
const dataSource = new typeorm_1.DataSource({
    type: 'postgres',
    url: process.env.DATABASE_URL,
    entities: [product_entity_1.ProductEntity],
    extra: { max: Number(process.env.DB_POOL_SIZE ?? 20) },
});
let ProductsController = class ProductsController {
    db;
    constructor(db) {
        this.db = db;
    }
    health() {
        return { status: 'ok' };
    }
    async product(id) {
        const product = await this.db.getRepository(product_entity_1.ProductEntity).findOneBy({ id });
        if (!product)
            throw new common_1.NotFoundException();
        return {
            id: product.id,
            sku: product.sku,
            name: product.name,
            description: product.description,
            price: { amount: product.priceAmount, currency: product.priceCurrency },
            categories: product.categories,
            version: product.version,
            rating: { average: product.ratingAverage, count: product.ratingCount },
            availability: { inStock: product.inStock, available: product.available },
            createdAt: product.createdAt.toISOString(),
            updatedAt: product.updatedAt.toISOString(),
        };
    }
};
__decorate([
    (0, common_1.Get)('health'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], ProductsController.prototype, "health", null);
__decorate([
    (0, common_1.Get)('products/:id'),
    __param(0, (0, common_1.Param)('id')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], ProductsController.prototype, "product", null);
ProductsController = __decorate([
    (0, common_1.Controller)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], ProductsController);
let BaselineModule = class BaselineModule {
};
BaselineModule = __decorate([
    (0, common_1.Module)({ controllers: [ProductsController], providers: [{ provide: typeorm_1.DataSource, useValue: dataSource }] })
], BaselineModule);
async function main() {
    await dataSource.initialize();
    const app = await core_1.NestFactory.create(BaselineModule, new platform_express_1.ExpressAdapter(), {
        logger: ['error', 'warn'],
    });
    app.enableShutdownHooks();
    await app.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
}
main().catch((error) => {
    console.error(error);
    process.exit(1);
});
