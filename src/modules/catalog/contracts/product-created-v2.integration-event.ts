import { IntegrationEvent, JsonSchema, upcastFrom } from '../../../shared/messaging/integration-event';
import {
  MONEY_SCHEMA,
  ProductCreatedIntegrationEvent,
  ProductCreatedPayload,
} from './product-created.integration-event';

export interface ProductCreatedV2Payload extends ProductCreatedPayload {
  /** 0-10 distinct lower-case slugs such as `lighting` or `home-office`. */
  categories: string[];
}

/**
 * A product was added to the catalog; stream `catalog.product:<productId>`, version 1. v2 adds
 * `categories`; stored v1 events are read as v2 with no categories.
 */
export class ProductCreatedV2IntegrationEvent extends IntegrationEvent<ProductCreatedV2Payload> {
  static override readonly type = 'catalog.product-created.v2';
  static override readonly description = 'A product was added to the catalog, with its categories.';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: ['productId', 'sku', 'name', 'description', 'price', 'initialStock', 'categories'],
    properties: {
      productId: { type: 'string' },
      sku: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      price: MONEY_SCHEMA,
      initialStock: { type: 'integer', minimum: 0 },
      categories: {
        type: 'array',
        maxItems: 10,
        uniqueItems: true,
        items: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 50 },
      },
    },
  };
  static override readonly upcastFrom = upcastFrom(
    ProductCreatedIntegrationEvent,
    ({ payload }): ProductCreatedV2Payload => ({ ...payload, categories: [] }),
  );
}
