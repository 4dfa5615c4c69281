import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';

export const ProductDeletedPayload = Type.Object({ productId: Type.String(), sku: Type.String() });
export type ProductDeletedPayload = Static<typeof ProductDeletedPayload>;

/** A product was removed from the catalog; last event of stream `catalog.product:<productId>`. */
export class ProductDeletedIntegrationEvent extends IntegrationEvent<ProductDeletedPayload> {
  static override readonly type = 'catalog.product-deleted.v1';
  static override readonly description = 'A product was removed from the catalog.';
  static override readonly payloadSchema = ProductDeletedPayload;
  static override readonly publicShape = { productId: true, sku: true } as const;
  static override readonly subjects = { product: 'productId' };
}
