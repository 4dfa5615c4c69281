"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.inventoryModule = exports.InventoryModule = void 0;
const common_1 = require("@nestjs/common");
const reserve_stock_handler_1 = require("./commands/reserve-stock/reserve-stock.handler");
const restock_handler_1 = require("./commands/restock/restock.handler");
const contracts_1 = require("./contracts");
const count_product_views_handler_1 = require("./event-handlers/count-product-views.handler");
const stock_on_product_created_handler_1 = require("./event-handlers/stock-on-product-created.handler");
const stock_on_product_deleted_handler_1 = require("./event-handlers/stock-on-product-deleted.handler");
const inventory_controller_1 = require("./http/inventory.controller");
const migrations_1 = require("./infrastructure/migrations");
const reservation_entity_1 = require("./infrastructure/reservation.entity");
const stock_entity_1 = require("./infrastructure/stock.entity");
const stock_repository_1 = require("./infrastructure/stock.repository");
const get_stock_handler_1 = require("./queries/get-stock/get-stock.handler");
let InventoryModule = class InventoryModule {
};
exports.InventoryModule = InventoryModule;
exports.InventoryModule = InventoryModule = __decorate([
    (0, common_1.Module)({
        controllers: [inventory_controller_1.InventoryController],
        providers: [
            stock_repository_1.StockRepository,
            reserve_stock_handler_1.ReserveStockHandler,
            restock_handler_1.RestockHandler,
            get_stock_handler_1.GetStockHandler,
            stock_on_product_created_handler_1.StockOnProductCreatedHandler,
            stock_on_product_deleted_handler_1.StockOnProductDeletedHandler,
            count_product_views_handler_1.CountProductViewsHandler,
        ],
    })
], InventoryModule);
exports.inventoryModule = {
    name: 'inventory',
    nestModule: InventoryModule,
    entities: [stock_entity_1.StockEntity, reservation_entity_1.ReservationEntity],
    migrations: migrations_1.INVENTORY_MIGRATIONS,
    events: contracts_1.INVENTORY_EVENTS,
};
//# sourceMappingURL=inventory.module.js.map