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
exports.RateProductRequest = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const stars_1 = require("../domain/stars");
class RateProductRequest {
    stars;
}
exports.RateProductRequest = RateProductRequest;
__decorate([
    (0, swagger_1.ApiProperty)({
        type: 'integer',
        example: 4,
        minimum: stars_1.MIN_STARS,
        maximum: stars_1.MAX_STARS,
        description: 'Whole stars; "4" or 3.5 are refused',
    }),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(stars_1.MIN_STARS),
    (0, class_validator_1.Max)(stars_1.MAX_STARS),
    __metadata("design:type", Number)
], RateProductRequest.prototype, "stars", void 0);
