"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProductRatingRecalculatedIntegrationEvent = void 0;
const integration_event_1 = require("../../../shared/messaging/integration-event");
const COUNT = { type: 'integer', minimum: 0 };
/** The product's rating summary after a change (a snapshot); stream `rating.summary:<productId>`. */
class ProductRatingRecalculatedIntegrationEvent extends integration_event_1.IntegrationEvent {
    static type = 'rating.product-rating-recalculated.v1';
    static description = "A product's rating summary changed (full snapshot).";
    static payloadSchema = {
        type: 'object',
        required: ['productId', 'average', 'count', 'histogram'],
        properties: {
            productId: { type: 'string' },
            average: { type: 'number', minimum: 0, maximum: 5 },
            count: COUNT,
            histogram: {
                type: 'object',
                required: ['1', '2', '3', '4', '5'],
                properties: { 1: COUNT, 2: COUNT, 3: COUNT, 4: COUNT, 5: COUNT },
            },
        },
    };
}
exports.ProductRatingRecalculatedIntegrationEvent = ProductRatingRecalculatedIntegrationEvent;
