"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApplyRatingSummaryHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../rating/contracts");
/** Keeps `rating {average,count}` of the product detail current; a stale summary never overwrites a newer one. */
let ApplyRatingSummaryHandler = class ApplyRatingSummaryHandler {
    async handle(event, tx) {
        const { productId, average, count } = event.payload;
        await tx.manager.query(`UPDATE catalog.products SET rating_average = $2, rating_count = $3, rating_version = $4
       WHERE id = $1 AND rating_version < $4`, [productId, average, count, event.envelope.streamVersion]);
    }
};
exports.ApplyRatingSummaryHandler = ApplyRatingSummaryHandler;
exports.ApplyRatingSummaryHandler = ApplyRatingSummaryHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)(contracts_1.ProductRatingRecalculatedIntegrationEvent, { consumer: 'catalog.rating-summary' })
], ApplyRatingSummaryHandler);
//# sourceMappingURL=apply-rating-summary.handler.js.map