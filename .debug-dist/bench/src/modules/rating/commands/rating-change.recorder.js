"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordRatingChange = recordRatingChange;
const contracts_1 = require("../contracts");
/** Records the event of a rating change on the customer's rating stream, at the rating's new version. */
function recordRatingChange(tx, rating, change) {
    const { productId, userId, version } = rating;
    const stream = { streamId: (0, contracts_1.customerRatingStreamId)(productId, userId), streamVersion: version };
    if (change.kind === 'rated') {
        tx.record(contracts_1.ProductRatedIntegrationEvent, {
            ...stream,
            payload: { productId, userId, stars: change.stars, previousStars: change.previousStars },
        });
    }
    else {
        tx.record(contracts_1.RatingRemovedIntegrationEvent, {
            ...stream,
            payload: { productId, userId, previousStars: change.previousStars },
        });
    }
}
