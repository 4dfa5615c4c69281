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
exports.ApplyRatingSummaryHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../rating/contracts");
const search_index_repository_1 = require("../infrastructure/search-index.repository");
/** Keeps the rating used by `minRating` and `sort=rating`; an older summary than the applied one is ignored. */
let ApplyRatingSummaryHandler = class ApplyRatingSummaryHandler {
    index;
    constructor(index) {
        this.index = index;
    }
    async handle({ envelope, payload }, tx) {
        const { productId, average, count } = payload;
        await this.index.applyRating(tx.manager, productId, average, count, envelope.streamVersion);
    }
};
exports.ApplyRatingSummaryHandler = ApplyRatingSummaryHandler;
exports.ApplyRatingSummaryHandler = ApplyRatingSummaryHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)(contracts_1.ProductRatingRecalculatedIntegrationEvent, { consumer: 'search.apply-rating-summary' }),
    __metadata("design:paramtypes", [search_index_repository_1.SearchIndexRepository])
], ApplyRatingSummaryHandler);
