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
exports.MoneyDto = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const money_1 = require("../domain/money");
class MoneyDto {
    amount;
    currency;
}
exports.MoneyDto = MoneyDto;
__decorate([
    (0, swagger_1.ApiProperty)({ description: 'Amount in minor units (e.g. cents)', example: 1999, minimum: 0, maximum: money_1.MAX_AMOUNT }),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(money_1.MAX_AMOUNT),
    __metadata("design:type", Number)
], MoneyDto.prototype, "amount", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ description: 'ISO 4217 currency code', example: 'EUR', pattern: '^[A-Z]{3}$' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(/^[A-Z]{3}$/, { message: 'currency must be an upper-case ISO 4217 code such as EUR' }),
    __metadata("design:type", String)
], MoneyDto.prototype, "currency", void 0);
//# sourceMappingURL=money.dto.js.map