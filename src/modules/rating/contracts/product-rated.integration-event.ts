import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';

export const Stars = Type.Integer({ minimum: 1, maximum: 5 });

export const ProductRatedPayload = Type.Object({
  productId: Type.String(),
  userId: Type.String(),
  stars: Stars,
  /** The customer's previous stars for this product, or null for a first rating. */
  previousStars: Type.Union([Stars, Type.Null()]),
});
export type ProductRatedPayload = Static<typeof ProductRatedPayload>;

/** A customer rated a product, or changed their rating; stream `rating.rating:<productId>:<userId>`. */
export class ProductRatedIntegrationEvent extends IntegrationEvent<ProductRatedPayload> {
  static override readonly type = 'rating.product-rated.v1';
  static override readonly description = 'A customer rated a product or changed their rating.';
  static override readonly payloadSchema = ProductRatedPayload;
  static override readonly subjects = { product: 'productId' };
}
