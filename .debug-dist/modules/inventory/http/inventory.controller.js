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
exports.InventoryController = void 0;
const common_1 = require("@nestjs/common");
const cqrs_1 = require("@nestjs/cqrs");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_1 = require("../../../shared/auth/auth.decorators");
const current_user_decorator_1 = require("../../../shared/auth/current-user.decorator");
const problem_schema_1 = require("../../../shared/http/problem.schema");
const reserve_stock_command_1 = require("../commands/reserve-stock/reserve-stock.command");
const restock_command_1 = require("../commands/restock/restock.command");
const stock_1 = require("../domain/stock");
const get_stock_query_1 = require("../queries/get-stock/get-stock.query");
const stock_view_1 = require("../queries/stock.view");
const quantity_request_1 = require("./quantity.request");
const stock_response_1 = require("./stock.response");
let InventoryController = class InventoryController {
    commands;
    queries;
    constructor(commands, queries) {
        this.commands = commands;
        this.queries = queries;
    }
    get(productId) {
        return this.queries.execute(new get_stock_query_1.GetStockQuery(productId));
    }
    async reserve(productId, body, user) {
        const { reservation, stock } = await this.commands.execute(new reserve_stock_command_1.ReserveStockCommand(productId, user.id, body.quantity));
        return {
            reservationId: reservation.id,
            productId,
            quantity: reservation.quantity,
            available: (0, stock_1.availableUnits)(stock),
        };
    }
    async restock(productId, body) {
        const stock = await this.commands.execute(new restock_command_1.RestockCommand(productId, body.quantity));
        return (0, stock_view_1.toStockView)(stock);
    }
};
exports.InventoryController = InventoryController;
__decorate([
    (0, common_1.Get)(),
    (0, swagger_1.ApiOperation)({
        summary: "Get a product's stock levels and demand (views)",
        description: 'Units on hand, units still available to reserve, and how often the product page was viewed. Inventory ' +
            'learns of new products from catalog events, so a product created a moment ago may still be 404.',
    }),
    (0, swagger_1.ApiOkResponse)({ type: stock_response_1.StockResponse }),
    (0, problem_schema_1.ApiProblems)(400, 404),
    __param(0, (0, common_1.Param)('productId', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], InventoryController.prototype, "get", null);
__decorate([
    (0, common_1.Post)('reservations'),
    (0, auth_decorators_1.Authenticated)(),
    (0, swagger_1.ApiOperation)({
        summary: 'Reserve units for the calling customer (checkout); stock never goes negative',
        description: 'Takes `quantity` units out of the available stock for the caller. 409 when fewer units are available; ' +
            'concurrent reservations never oversell.',
    }),
    (0, swagger_1.ApiCreatedResponse)({ type: stock_response_1.ReservationResponse }),
    (0, problem_schema_1.ApiProblems)(400, 404, 409, 413, 415),
    __param(0, (0, common_1.Param)('productId', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Body)()),
    __param(2, (0, current_user_decorator_1.CurrentUser)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, quantity_request_1.ReserveStockRequest, Object]),
    __metadata("design:returntype", Promise)
], InventoryController.prototype, "reserve", null);
__decorate([
    (0, common_1.Post)('restock'),
    (0, common_1.HttpCode)(200),
    (0, auth_decorators_1.AdminOnly)(),
    (0, swagger_1.ApiOperation)({
        summary: 'Add units to the warehouse',
        description: 'Admin only. Adds `quantity` units on hand; 409 when that would exceed the capacity limit.',
    }),
    (0, swagger_1.ApiOkResponse)({ type: stock_response_1.StockResponse }),
    (0, problem_schema_1.ApiProblems)(400, 404, 409, 413, 415),
    __param(0, (0, common_1.Param)('productId', new common_1.ParseUUIDPipe())),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, quantity_request_1.RestockRequest]),
    __metadata("design:returntype", Promise)
], InventoryController.prototype, "restock", null);
exports.InventoryController = InventoryController = __decorate([
    (0, swagger_1.ApiTags)('inventory'),
    (0, common_1.Controller)('inventory/:productId'),
    __metadata("design:paramtypes", [cqrs_1.CommandBus,
        cqrs_1.QueryBus])
], InventoryController);
//# sourceMappingURL=inventory.controller.js.map