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
exports.StockOnProductCreatedHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../catalog/contracts");
const stock_1 = require("../domain/stock");
const stock_repository_1 = require("../infrastructure/stock.repository");
/**
 * Opens the stock of a new product with its initial stock. Insert-if-absent makes it idempotent and
 * order-proof: a product deleted before its creation arrived keeps its tombstone and stays deleted.
 */
let StockOnProductCreatedHandler = class StockOnProductCreatedHandler {
    stocks;
    constructor(stocks) {
        this.stocks = stocks;
    }
    async handle(event, tx) {
        const { productId, initialStock } = event.payload;
        await this.stocks.insertIfAbsent(tx.manager, (0, stock_1.openStock)(productId, initialStock));
    }
};
exports.StockOnProductCreatedHandler = StockOnProductCreatedHandler;
exports.StockOnProductCreatedHandler = StockOnProductCreatedHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)(contracts_1.ProductCreatedV2IntegrationEvent, { consumer: 'inventory.stock-on-product-created' }),
    __metadata("design:paramtypes", [stock_repository_1.StockRepository])
], StockOnProductCreatedHandler);
//# sourceMappingURL=stock-on-product-created.handler.js.map