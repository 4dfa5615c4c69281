import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductRatedIntegrationEvent, RatingRemovedIntegrationEvent, customerRatingStreamId } from '../contracts';
import { CustomerRating, RatingChange } from '../domain/customer-rating';

/** Records the event of a rating change on the customer's rating stream, at the rating's new version. */
export function recordRatingChange(tx: Transaction, rating: CustomerRating, change: RatingChange): void {
  const { productId, userId, version } = rating;
  const stream = { streamId: customerRatingStreamId(productId, userId), streamVersion: version };
  if (change.kind === 'rated') {
    tx.record(ProductRatedIntegrationEvent, {
      ...stream,
      payload: { productId, userId, stars: change.stars, previousStars: change.previousStars },
    });
  } else {
    tx.record(RatingRemovedIntegrationEvent, {
      ...stream,
      payload: { productId, userId, previousStars: change.previousStars },
    });
  }
}
