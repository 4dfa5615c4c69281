import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';
import { MoneyPayload, PUBLIC_PRODUCT } from './product-created.integration-event';

/** The product's state after the change (a snapshot, so consumers need no earlier event to apply it). */
export const ProductUpdatedPayload = Type.Object({
  productId: Type.String(),
  sku: Type.String(),
  name: Type.String(),
  description: Type.String(),
  price: MoneyPayload,
  version: Type.Integer({ minimum: 1 }),
});
export type ProductUpdatedPayload = Static<typeof ProductUpdatedPayload>;

/** A product's name, description or price changed; stream `catalog.product:<productId>`. */
export class ProductUpdatedIntegrationEvent extends IntegrationEvent<ProductUpdatedPayload> {
  static override readonly type = 'catalog.product-updated.v1';
  static override readonly description = "A product's name, description or price changed (full snapshot).";
  static override readonly payloadSchema = ProductUpdatedPayload;
  static override readonly publicShape = { ...PUBLIC_PRODUCT, version: true } as const;
  static override readonly subjects = { product: 'productId' };
}
