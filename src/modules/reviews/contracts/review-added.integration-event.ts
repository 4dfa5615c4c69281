import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';

export interface ReviewPayload {
  reviewId: string;
  productId: string;
  authorId: string;
  title: string;
  body: string;
}

export const REVIEW_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['reviewId', 'productId', 'authorId', 'title', 'body'],
  properties: {
    reviewId: { type: 'string' },
    productId: { type: 'string' },
    authorId: { type: 'string' },
    title: { type: 'string' },
    body: { type: 'string' },
  },
};

/** A customer reviewed a product; stream `reviews.review:<reviewId>`, version 1. */
export class ReviewAddedIntegrationEvent extends IntegrationEvent<ReviewPayload> {
  static override readonly type = 'reviews.review-added.v1';
  static override readonly description = 'A customer reviewed a product.';
  static override readonly payloadSchema = REVIEW_SCHEMA;
}
