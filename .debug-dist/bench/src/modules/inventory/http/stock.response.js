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
exports.ReservationResponse = exports.StockResponse = void 0;
const swagger_1 = require("@nestjs/swagger");
class StockResponse {
    productId;
    onHand;
    available;
    reserved;
    views;
}
exports.StockResponse = StockResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'uuid' }),
    __metadata("design:type", String)
], StockResponse.prototype, "productId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 12, description: 'Units in the warehouse' }),
    __metadata("design:type", Number)
], StockResponse.prototype, "onHand", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 9, description: 'Units that can still be reserved (onHand - reserved); never negative' }),
    __metadata("design:type", Number)
], StockResponse.prototype, "available", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 3, description: 'Units set aside by reservations' }),
    __metadata("design:type", Number)
], StockResponse.prototype, "reserved", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 140, description: 'Product detail views: a demand signal that never changes stock' }),
    __metadata("design:type", Number)
], StockResponse.prototype, "views", void 0);
class ReservationResponse {
    reservationId;
    productId;
    quantity;
    available;
}
exports.ReservationResponse = ReservationResponse;
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'uuid' }),
    __metadata("design:type", String)
], ReservationResponse.prototype, "reservationId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ format: 'uuid' }),
    __metadata("design:type", String)
], ReservationResponse.prototype, "productId", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 2 }),
    __metadata("design:type", Number)
], ReservationResponse.prototype, "quantity", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: 7, description: 'Units still available after this reservation' }),
    __metadata("design:type", Number)
], ReservationResponse.prototype, "available", void 0);
