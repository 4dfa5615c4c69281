import { IntegrationEvent } from '../../../shared/messaging/integration-event';
import { ReviewPayload } from './review-added.integration-event';

/** The review's text after the edit (a snapshot); stream `reviews.review:<reviewId>`. */
export class ReviewUpdatedIntegrationEvent extends IntegrationEvent<ReviewPayload> {
  static override readonly type = 'reviews.review-updated.v1';
  static override readonly description = "The author edited a review's title or body (full snapshot).";
  static override readonly payloadSchema = ReviewPayload;
  static override readonly subjects = { product: 'productId' };
}
