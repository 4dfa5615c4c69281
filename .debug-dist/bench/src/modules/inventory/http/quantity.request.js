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
exports.RestockRequest = exports.ReserveStockRequest = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const quantity_1 = require("../domain/quantity");
class ReserveStockRequest {
    quantity;
}
exports.ReserveStockRequest = ReserveStockRequest;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 2, minimum: 1, maximum: quantity_1.MAX_RESERVATION_QUANTITY }),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(quantity_1.MAX_RESERVATION_QUANTITY),
    __metadata("design:type", Number)
], ReserveStockRequest.prototype, "quantity", void 0);
class RestockRequest {
    quantity;
}
exports.RestockRequest = RestockRequest;
__decorate([
    (0, swagger_1.ApiProperty)({ example: 100, minimum: 1, maximum: quantity_1.MAX_RESTOCK_QUANTITY }),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(quantity_1.MAX_RESTOCK_QUANTITY),
    __metadata("design:type", Number)
], RestockRequest.prototype, "quantity", void 0);
