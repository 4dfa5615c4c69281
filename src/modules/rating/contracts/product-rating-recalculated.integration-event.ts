import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';

const Count = Type.Integer({ minimum: 0 });

/** Number of current ratings per star value. */
export const RatingHistogram = Type.Object({ 1: Count, 2: Count, 3: Count, 4: Count, 5: Count });
export type RatingHistogram = Static<typeof RatingHistogram>;

export const ProductRatingRecalculatedPayload = Type.Object({
  productId: Type.String(),
  /** Mean stars rounded to 2 decimals; 0 when count is 0. */
  average: Type.Number({ minimum: 0, maximum: 5 }),
  count: Count,
  histogram: RatingHistogram,
});
export type ProductRatingRecalculatedPayload = Static<typeof ProductRatingRecalculatedPayload>;

/** The product's rating summary after a change (a snapshot); stream `rating.summary:<productId>`. */
export class ProductRatingRecalculatedIntegrationEvent extends IntegrationEvent<ProductRatingRecalculatedPayload> {
  static override readonly type = 'rating.product-rating-recalculated.v1';
  static override readonly description = "A product's rating summary changed (full snapshot).";
  static override readonly payloadSchema = ProductRatingRecalculatedPayload;
  static override readonly publicShape = {
    productId: true,
    average: true,
    count: true,
    histogram: { 1: true, 2: true, 3: true, 4: true, 5: true },
  } as const;
  static override readonly subjects = { product: 'productId' };
}
