import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';

/** A review as its events carry it: the full text, so a consumer can apply the newest event alone. */
export const ReviewPayload = Type.Object({
  reviewId: Type.String(),
  productId: Type.String(),
  authorId: Type.String(),
  title: Type.String(),
  body: Type.String(),
});
export type ReviewPayload = Static<typeof ReviewPayload>;

/** A customer reviewed a product; stream `reviews.review:<reviewId>`, version 1. */
export class ReviewAddedIntegrationEvent extends IntegrationEvent<ReviewPayload> {
  static override readonly type = 'reviews.review-added.v1';
  static override readonly description = 'A customer reviewed a product.';
  static override readonly payloadSchema = ReviewPayload;
  static override readonly subjects = { product: 'productId' };
}
