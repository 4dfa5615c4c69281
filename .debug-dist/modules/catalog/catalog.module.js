"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.catalogModule = exports.CatalogModule = void 0;
const common_1 = require("@nestjs/common");
const create_product_handler_1 = require("./commands/create-product/create-product.handler");
const delete_product_handler_1 = require("./commands/delete-product/delete-product.handler");
const update_product_handler_1 = require("./commands/update-product/update-product.handler");
const contracts_1 = require("./contracts");
const apply_rating_summary_handler_1 = require("./event-handlers/apply-rating-summary.handler");
const apply_stock_levels_handler_1 = require("./event-handlers/apply-stock-levels.handler");
const migrations_1 = require("./infrastructure/migrations");
const product_view_counter_1 = require("./infrastructure/product-view-counter");
const product_entity_1 = require("./infrastructure/product.entity");
const product_repository_1 = require("./infrastructure/product.repository");
const products_controller_1 = require("./http/products.controller");
const get_product_handler_1 = require("./queries/get-product/get-product.handler");
const list_products_handler_1 = require("./queries/list-products/list-products.handler");
let CatalogModule = class CatalogModule {
};
exports.CatalogModule = CatalogModule;
exports.CatalogModule = CatalogModule = __decorate([
    (0, common_1.Module)({
        controllers: [products_controller_1.ProductsController],
        providers: [
            product_repository_1.ProductRepository,
            product_view_counter_1.ProductViewCounter,
            create_product_handler_1.CreateProductHandler,
            update_product_handler_1.UpdateProductHandler,
            delete_product_handler_1.DeleteProductHandler,
            get_product_handler_1.GetProductHandler,
            list_products_handler_1.ListProductsHandler,
            apply_rating_summary_handler_1.ApplyRatingSummaryHandler,
            apply_stock_levels_handler_1.ApplyStockLevelsHandler,
        ],
    })
], CatalogModule);
exports.catalogModule = {
    name: 'catalog',
    nestModule: CatalogModule,
    entities: [product_entity_1.ProductEntity],
    migrations: migrations_1.CATALOG_MIGRATIONS,
    events: contracts_1.CATALOG_EVENTS,
};
//# sourceMappingURL=catalog.module.js.map