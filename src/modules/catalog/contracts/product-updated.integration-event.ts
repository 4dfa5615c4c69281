import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';
import { MONEY_SCHEMA, MoneyPayload } from './product-created.integration-event';

/** The product's state after the change (a snapshot, so consumers need no earlier event to apply it). */
export interface ProductUpdatedPayload {
  productId: string;
  sku: string;
  name: string;
  description: string;
  price: MoneyPayload;
  version: number;
}

/** A product's name, description or price changed; stream `catalog.product:<productId>`. */
export class ProductUpdatedIntegrationEvent extends IntegrationEvent<ProductUpdatedPayload> {
  static override readonly type = 'catalog.product-updated.v1';
  static override readonly description = "A product's name, description or price changed (full snapshot).";
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: ['productId', 'sku', 'name', 'description', 'price', 'version'],
    properties: {
      productId: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      price: MONEY_SCHEMA,
      version: { type: 'integer', minimum: 1 },
    },
  };
}
