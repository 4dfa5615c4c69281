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
exports.UpdateProductRequest = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const money_dto_1 = require("./money.dto");
/** Absent fields stay as they are; `null` is not "absent" and is rejected, never passed to the domain. */
const IfPresent = () => (0, class_validator_1.ValidateIf)((_, value) => value !== undefined);
/** Name, description and price can change; sku and stock cannot (inventory owns stock). */
class UpdateProductRequest {
    name;
    description;
    price;
}
exports.UpdateProductRequest = UpdateProductRequest;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ minLength: 1, maxLength: 200 }),
    IfPresent(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 200),
    __metadata("design:type", String)
], UpdateProductRequest.prototype, "name", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ maxLength: 5000 }),
    IfPresent(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(5000),
    __metadata("design:type", String)
], UpdateProductRequest.prototype, "description", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ type: money_dto_1.MoneyDto }),
    IfPresent(),
    (0, class_validator_1.ValidateNested)(),
    (0, class_transformer_1.Type)(() => money_dto_1.MoneyDto),
    __metadata("design:type", money_dto_1.MoneyDto)
], UpdateProductRequest.prototype, "price", void 0);
