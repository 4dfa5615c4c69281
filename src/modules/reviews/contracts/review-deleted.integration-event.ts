import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';

export interface ReviewDeletedPayload {
  reviewId: string;
  productId: string;
  authorId: string;
  /** Who removed it: the author, an admin, or the system because the product was deleted. */
  deletedBy: 'author' | 'admin' | 'product-deleted';
}

/** A review was removed; last event of stream `reviews.review:<reviewId>`. */
export class ReviewDeletedIntegrationEvent extends IntegrationEvent<ReviewDeletedPayload> {
  static override readonly type = 'reviews.review-deleted.v1';
  static override readonly description = 'A review was removed by its author, an admin, or with its product.';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: ['reviewId', 'productId', 'authorId', 'deletedBy'],
    properties: {
      reviewId: { type: 'string' },
      productId: { type: 'string' },
      authorId: { type: 'string' },
      deletedBy: { enum: ['author', 'admin', 'product-deleted'] },
    },
  };
}
