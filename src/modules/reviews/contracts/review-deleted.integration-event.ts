import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';

export const ReviewDeletedPayload = Type.Object({
  reviewId: Type.String(),
  productId: Type.String(),
  authorId: Type.String(),
  /** Who removed it: the author, an admin, or the system because the product was deleted. */
  deletedBy: Type.Union([Type.Literal('author'), Type.Literal('admin'), Type.Literal('product-deleted')]),
});
export type ReviewDeletedPayload = Static<typeof ReviewDeletedPayload>;

/** A review was removed; last event of stream `reviews.review:<reviewId>`. */
export class ReviewDeletedIntegrationEvent extends IntegrationEvent<ReviewDeletedPayload> {
  static override readonly type = 'reviews.review-deleted.v1';
  static override readonly description = 'A review was removed by its author, an admin, or with its product.';
  static override readonly payloadSchema = ReviewDeletedPayload;
  static override readonly subjects = { product: 'productId' };
}
