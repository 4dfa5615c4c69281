import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';

export interface ProductDeletedPayload {
  productId: string;
  sku: string;
}

/** A product was removed from the catalog; last event of stream `catalog.product:<productId>`. */
export class ProductDeletedIntegrationEvent extends IntegrationEvent<ProductDeletedPayload> {
  static override readonly type = 'catalog.product-deleted.v1';
  static override readonly description = 'A product was removed from the catalog.';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: ['productId', 'sku'],
    properties: { productId: { type: 'string' }, sku: { type: 'string' } },
  };
}
