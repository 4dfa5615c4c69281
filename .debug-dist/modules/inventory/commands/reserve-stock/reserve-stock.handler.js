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
exports.ReserveStockHandler = void 0;
const cqrs_1 = require("@nestjs/cqrs");
const unit_of_work_1 = require("../../../../shared/messaging/unit-of-work");
const uuid_v7_1 = require("../../../../shared/messaging/uuid-v7");
const inventory_errors_1 = require("../../domain/inventory.errors");
const stock_1 = require("../../domain/stock");
const stock_repository_1 = require("../../infrastructure/stock.repository");
const stock_events_recorder_1 = require("../stock-events.recorder");
const reserve_stock_command_1 = require("./reserve-stock.command");
let ReserveStockHandler = class ReserveStockHandler {
    unitOfWork;
    stocks;
    constructor(unitOfWork, stocks) {
        this.unitOfWork = unitOfWork;
        this.stocks = stocks;
    }
    execute({ productId, customerId, quantity }) {
        return this.unitOfWork.run(async (tx) => {
            const current = await this.stocks.findForUpdate(tx.manager, productId);
            if (!current)
                throw new inventory_errors_1.StockNotFoundError(productId);
            const { stock, events, reservation } = (0, stock_1.reserve)(current, { id: (0, uuid_v7_1.uuidV7)(), customerId, quantity });
            await this.stocks.saveLevels(tx.manager, stock);
            await this.stocks.insertReservation(tx.manager, reservation);
            (0, stock_events_recorder_1.recordStockEvents)(tx, productId, events);
            return { reservation, stock };
        });
    }
};
exports.ReserveStockHandler = ReserveStockHandler;
exports.ReserveStockHandler = ReserveStockHandler = __decorate([
    (0, cqrs_1.CommandHandler)(reserve_stock_command_1.ReserveStockCommand),
    __metadata("design:paramtypes", [unit_of_work_1.UnitOfWork,
        stock_repository_1.StockRepository])
], ReserveStockHandler);
//# sourceMappingURL=reserve-stock.handler.js.map