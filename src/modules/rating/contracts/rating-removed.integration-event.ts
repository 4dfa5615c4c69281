import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';

export interface RatingRemovedPayload {
  productId: string;
  userId: string;
  previousStars: number;
}

/** A customer withdrew their rating; stream `rating.rating:<productId>:<userId>`. */
export class RatingRemovedIntegrationEvent extends IntegrationEvent<RatingRemovedPayload> {
  static override readonly type = 'rating.rating-removed.v1';
  static override readonly description = 'A customer withdrew their rating of a product.';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: ['productId', 'userId', 'previousStars'],
    properties: {
      productId: { type: 'string' },
      userId: { type: 'string' },
      previousStars: { type: 'integer', minimum: 1, maximum: 5 },
    },
  };
}
