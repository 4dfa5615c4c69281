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
exports.StockOnProductDeletedHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../catalog/contracts");
const stock_repository_1 = require("../infrastructure/stock.repository");
/** Retires the stock of a deleted product: it can no longer be read, reserved or restocked. */
let StockOnProductDeletedHandler = class StockOnProductDeletedHandler {
    stocks;
    constructor(stocks) {
        this.stocks = stocks;
    }
    async handle(event, tx) {
        await this.stocks.markDeleted(tx.manager, event.payload.productId);
    }
};
exports.StockOnProductDeletedHandler = StockOnProductDeletedHandler;
exports.StockOnProductDeletedHandler = StockOnProductDeletedHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)(contracts_1.ProductDeletedIntegrationEvent, { consumer: 'inventory.stock-on-product-deleted' }),
    __metadata("design:paramtypes", [stock_repository_1.StockRepository])
], StockOnProductDeletedHandler);
