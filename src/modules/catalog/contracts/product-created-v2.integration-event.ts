import { IntegrationEvent, Static, Type, upcastFrom } from '../../../shared/messaging/integration-event';
import {
  ProductCreatedIntegrationEvent,
  ProductCreatedPayload,
  PUBLIC_PRODUCT,
} from './product-created.integration-event';

export const ProductCreatedV2Payload = Type.Composite([
  ProductCreatedPayload,
  Type.Object({
    /** 0-10 distinct lower-case slugs such as `lighting` or `home-office`. */
    categories: Type.Array(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 50 }), {
      maxItems: 10,
      uniqueItems: true,
    }),
  }),
]);
export type ProductCreatedV2Payload = Static<typeof ProductCreatedV2Payload>;

/**
 * A product was added to the catalog; stream `catalog.product:<productId>`, version 1. v2 adds
 * `categories`; stored v1 events are read as v2 with no categories.
 */
export class ProductCreatedV2IntegrationEvent extends IntegrationEvent<ProductCreatedV2Payload> {
  static override readonly type = 'catalog.product-created.v2';
  static override readonly description = 'A product was added to the catalog, with its categories.';
  static override readonly payloadSchema = ProductCreatedV2Payload;
  static override readonly publicShape = { ...PUBLIC_PRODUCT, categories: true } as const;
  static override readonly subjects = { product: 'productId' };
  static override readonly upcastFrom = upcastFrom(
    ProductCreatedIntegrationEvent,
    ({ payload }): ProductCreatedV2Payload => ({ ...payload, categories: [] }),
  );
}
