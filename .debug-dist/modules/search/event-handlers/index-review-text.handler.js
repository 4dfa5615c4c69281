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
exports.IndexReviewTextHandler = void 0;
const integration_event_handler_decorator_1 = require("../../../shared/messaging/consumer/integration-event-handler.decorator");
const contracts_1 = require("../../reviews/contracts");
const search_index_repository_1 = require("../infrastructure/search-index.repository");
/**
 * Puts a review's current text into its product's document. Both events carry the whole review, so
 * an edit replaces the old words, and an older snapshot than the applied one is ignored.
 */
let IndexReviewTextHandler = class IndexReviewTextHandler {
    index;
    constructor(index) {
        this.index = index;
    }
    async handle({ envelope, payload }, tx) {
        const { reviewId, productId, title, body } = payload;
        await this.index.applyReview(tx.manager, { reviewId, productId, title, body, version: envelope.streamVersion });
    }
};
exports.IndexReviewTextHandler = IndexReviewTextHandler;
exports.IndexReviewTextHandler = IndexReviewTextHandler = __decorate([
    (0, integration_event_handler_decorator_1.OnIntegrationEvent)([contracts_1.ReviewAddedIntegrationEvent, contracts_1.ReviewUpdatedIntegrationEvent], {
        consumer: 'search.index-review-text',
    }),
    __metadata("design:paramtypes", [search_index_repository_1.SearchIndexRepository])
], IndexReviewTextHandler);
//# sourceMappingURL=index-review-text.handler.js.map