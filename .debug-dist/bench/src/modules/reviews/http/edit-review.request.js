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
exports.EditReviewRequest = void 0;
const swagger_1 = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const review_text_1 = require("../domain/review-text");
const trim_1 = require("./trim");
// Absent means unchanged; unlike @IsOptional(), null is validated (and rejected) rather than let through.
const present = (_, value) => value !== undefined;
/** Only the text can change; the product and the author of a review are fixed. */
class EditReviewRequest {
    title;
    body;
}
exports.EditReviewRequest = EditReviewRequest;
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ minLength: 1, maxLength: review_text_1.TITLE_MAX_LENGTH, description: 'Trimmed' }),
    (0, class_validator_1.ValidateIf)(present),
    (0, trim_1.Trim)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, review_text_1.TITLE_MAX_LENGTH),
    __metadata("design:type", String)
], EditReviewRequest.prototype, "title", void 0);
__decorate([
    (0, swagger_1.ApiPropertyOptional)({ minLength: 1, maxLength: review_text_1.BODY_MAX_LENGTH, description: 'Trimmed' }),
    (0, class_validator_1.ValidateIf)(present),
    (0, trim_1.Trim)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, review_text_1.BODY_MAX_LENGTH),
    __metadata("design:type", String)
], EditReviewRequest.prototype, "body", void 0);
