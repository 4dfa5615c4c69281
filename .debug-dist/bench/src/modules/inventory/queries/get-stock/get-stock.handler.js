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
exports.GetStockHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const inventory_errors_1 = require("../../domain/inventory.errors");
const stock_repository_1 = require("../../infrastructure/stock.repository");
const stock_view_1 = require("../stock.view");
const get_stock_query_1 = require("./get-stock.query");
let GetStockHandler = class GetStockHandler {
    stocks;
    constructor(stocks) {
        this.stocks = stocks;
    }
    async execute({ productId }) {
        const stock = await this.stocks.find(productId);
        if (!stock || stock.deleted)
            throw new inventory_errors_1.StockNotFoundError(productId);
        return (0, stock_view_1.toStockView)(stock);
    }
};
exports.GetStockHandler = GetStockHandler;
exports.GetStockHandler = GetStockHandler = __decorate([
    (0, cqrs_1.QueryHandler)(get_stock_query_1.GetStockQuery),
    __metadata("design:paramtypes", [stock_repository_1.StockRepository])
], GetStockHandler);
