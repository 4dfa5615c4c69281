import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';

export interface ProductDetailViewedPayload {
  productId: string;
  /** Views counted in the window (views are batched per product, never one event per request). */
  views: number;
  windowStartedAt: string;
  windowEndedAt: string;
}

/**
 * Demand telemetry: product detail pages served in a short window. Best-effort (at-most-once, not
 * stored): a lost batch only under-counts views and never affects stock.
 */
export class ProductDetailViewedIntegrationEvent extends IntegrationEvent<ProductDetailViewedPayload> {
  static override readonly type = 'catalog.product-detail-viewed.v1';
  static override readonly delivery = 'best-effort' as const;
  static override readonly description = 'Product detail views counted in a short window (best-effort telemetry).';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: ['productId', 'views', 'windowStartedAt', 'windowEndedAt'],
    properties: {
      productId: { type: 'string' },
      views: { type: 'integer', minimum: 1 },
      windowStartedAt: { type: 'string' },
      windowEndedAt: { type: 'string' },
    },
  };
}
