import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';

export interface ProductRatedPayload {
  productId: string;
  userId: string;
  stars: number;
  /** The customer's previous stars for this product, or null for a first rating. */
  previousStars: number | null;
}

const STARS = { type: 'integer', minimum: 1, maximum: 5 };

/** A customer rated a product, or changed their rating; stream `rating.rating:<productId>:<userId>`. */
export class ProductRatedIntegrationEvent extends IntegrationEvent<ProductRatedPayload> {
  static override readonly type = 'rating.product-rated.v1';
  static override readonly description = 'A customer rated a product or changed their rating.';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: ['productId', 'userId', 'stars', 'previousStars'],
    properties: {
      productId: { type: 'string' },
      userId: { type: 'string' },
      stars: STARS,
      previousStars: { anyOf: [STARS, { type: 'null' }] },
    },
  };
}
