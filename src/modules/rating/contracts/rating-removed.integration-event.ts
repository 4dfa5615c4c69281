import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';
import { Stars } from './product-rated.integration-event';

export const RatingRemovedPayload = Type.Object({
  productId: Type.String(),
  userId: Type.String(),
  previousStars: Stars,
});
export type RatingRemovedPayload = Static<typeof RatingRemovedPayload>;

/** A customer withdrew their rating; stream `rating.rating:<productId>:<userId>`. */
export class RatingRemovedIntegrationEvent extends IntegrationEvent<RatingRemovedPayload> {
  static override readonly type = 'rating.rating-removed.v1';
  static override readonly description = 'A customer withdrew their rating of a product.';
  static override readonly payloadSchema = RatingRemovedPayload;
  static override readonly subjects = { product: 'productId' };
}
