import { IntegrationEvent, Static, Type } from '../../../shared/messaging/integration-event';

export const ProductDetailViewedPayload = Type.Object({
  productId: Type.String(),
  /** Views counted in the window (views are batched per product, never one event per request). */
  views: Type.Integer({ minimum: 1 }),
  windowStartedAt: Type.String(),
  windowEndedAt: Type.String(),
});
export type ProductDetailViewedPayload = Static<typeof ProductDetailViewedPayload>;

/**
 * Demand telemetry: product detail pages served in a short window. Best-effort (at-most-once, not
 * stored): a lost batch only under-counts views and never affects stock.
 */
export class ProductDetailViewedIntegrationEvent extends IntegrationEvent<ProductDetailViewedPayload> {
  static override readonly type = 'catalog.product-detail-viewed.v1';
  static override readonly delivery = 'best-effort' as const;
  static override readonly description = 'Product detail views counted in a short window (best-effort telemetry).';
  static override readonly payloadSchema = ProductDetailViewedPayload;
}
