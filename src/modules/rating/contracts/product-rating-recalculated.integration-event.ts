import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';

export interface RatingHistogram {
  1: number;
  2: number;
  3: number;
  4: number;
  5: number;
}

export interface ProductRatingRecalculatedPayload {
  productId: string;
  /** Mean stars rounded to 2 decimals; 0 when count is 0. */
  average: number;
  count: number;
  histogram: RatingHistogram;
}

const COUNT = { type: 'integer', minimum: 0 };

/** The product's rating summary after a change (a snapshot); stream `rating.summary:<productId>`. */
export class ProductRatingRecalculatedIntegrationEvent extends IntegrationEvent<ProductRatingRecalculatedPayload> {
  static override readonly type = 'rating.product-rating-recalculated.v1';
  static override readonly description = "A product's rating summary changed (full snapshot).";
  static override readonly payloadSchema: JsonSchema = {
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
