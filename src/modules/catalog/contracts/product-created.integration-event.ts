import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';

export interface MoneyPayload {
  /** Minor units (cents). */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface ProductCreatedPayload {
  productId: string;
  sku: string;
  name: string;
  description: string;
  price: MoneyPayload;
  initialStock: number;
}

export const MONEY_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['amount', 'currency'],
  properties: { amount: { type: 'integer', minimum: 0 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } },
};

/**
 * A product was added to the catalog; stream `catalog.product:<productId>`, version 1. Superseded
 * by `catalog.product-created.v2` (handle and record that one); kept so stored v1 events stay readable.
 */
export class ProductCreatedIntegrationEvent extends IntegrationEvent<ProductCreatedPayload> {
  static override readonly type = 'catalog.product-created.v1';
  static override readonly description = 'A product was added to the catalog (superseded by v2).';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: ['productId', 'sku', 'name', 'description', 'price', 'initialStock'],
    properties: {
      productId: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      price: MONEY_SCHEMA,
      initialStock: { type: 'integer', minimum: 0 },
    },
  };
}
