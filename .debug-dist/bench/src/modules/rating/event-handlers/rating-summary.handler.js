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
exports.RatingSummaryHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../contracts");
const histogram_1 = require("../domain/histogram");
const rating_tally_1 = require("../domain/rating-tally");
const stars_1 = require("../domain/stars");
const rating_summary_repository_1 = require("../infrastructure/rating-summary.repository");
/**
 * The rating calculation: tallies every customer's latest vote into the product's histogram and
 * announces the new summary. Stale and reordered events converge (see `tallyVote`).
 */
let RatingSummaryHandler = class RatingSummaryHandler {
    summaries;
    constructor(summaries) {
        this.summaries = summaries;
    }
    async handle(event, tx) {
        const { productId, userId } = event.payload;
        const stars = event instanceof contracts_1.ProductRatedIntegrationEvent ? (0, stars_1.toStars)(event.payload.stars) : null;
        const tally = await this.summaries.lockTally(tx.manager, productId);
        const vote = await this.summaries.findVote(tx.manager, productId, userId);
        const outcome = (0, rating_tally_1.tallyVote)(tally, vote, { streamVersion: event.envelope.streamVersion, stars });
        if (outcome.kind === 'stale')
            return;
        await this.summaries.saveVote(tx.manager, productId, userId, outcome.vote);
        if (!outcome.changed)
            return;
        const { histogram, version } = outcome.tally;
        await this.summaries.saveTally(tx.manager, productId, outcome.tally);
        tx.record(contracts_1.ProductRatingRecalculatedIntegrationEvent, {
            streamId: (0, contracts_1.ratingSummaryStreamId)(productId),
            streamVersion: version,
            payload: { productId, average: (0, histogram_1.averageOf)(histogram), count: (0, histogram_1.countOf)(histogram), histogram },
        });
    }
};
exports.RatingSummaryHandler = RatingSummaryHandler;
exports.RatingSummaryHandler = RatingSummaryHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)([contracts_1.ProductRatedIntegrationEvent, contracts_1.RatingRemovedIntegrationEvent], { consumer: 'rating.summary' }),
    __metadata("design:paramtypes", [rating_summary_repository_1.RatingSummaryRepository])
], RatingSummaryHandler);
