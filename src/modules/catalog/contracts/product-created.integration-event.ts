import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';

export const MoneyPayload = Type.Object({
  /** Minor units (cents). */
  amount: Type.Integer({ minimum: 0 }),
  /** ISO 4217 code. */
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
});
export type MoneyPayload = Static<typeof MoneyPayload>;

export const ProductCreatedPayload = Type.Object({
  productId: Type.String(),
  sku: Type.String(),
  name: Type.String(),
  description: Type.String(),
  price: MoneyPayload,
  initialStock: Type.Integer({ minimum: 0 }),
});
export type ProductCreatedPayload = Static<typeof ProductCreatedPayload>;

/** The product facts outside consumers may see, shared by the catalog's public events. */
export const PUBLIC_PRODUCT = {
  productId: true,
  sku: true,
  name: true,
  description: true,
  price: { amount: true, currency: true },
} as const;

/**
 * A product was added to the catalog; stream `catalog.product:<productId>`, version 1. Superseded
 * by `catalog.product-created.v2` (handle and record that one); kept so stored v1 events stay readable.
 */
export class ProductCreatedIntegrationEvent extends IntegrationEvent<ProductCreatedPayload> {
  static override readonly type = 'catalog.product-created.v1';
  static override readonly description = 'A product was added to the catalog (superseded by v2).';
  static override readonly payloadSchema = ProductCreatedPayload;
  static override readonly subjects = { product: 'productId' };
}
