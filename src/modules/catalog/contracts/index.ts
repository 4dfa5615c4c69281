import { ProductCreatedIntegrationEvent } from './product-created.integration-event';
import { ProductCreatedV2IntegrationEvent } from './product-created-v2.integration-event';
import { ProductDeletedIntegrationEvent } from './product-deleted.integration-event';
import { ProductDetailViewedIntegrationEvent } from './product-detail-viewed.integration-event';
import { ProductUpdatedIntegrationEvent } from './product-updated.integration-event';

export * from './product-created.integration-event';
export * from './product-created-v2.integration-event';
export * from './product-deleted.integration-event';
export * from './product-detail-viewed.integration-event';
export * from './product-updated.integration-event';

/** Stream id of a catalog product; every catalog event about a product belongs to it. */
export const productStreamId = (productId: string): string => `catalog.product:${productId}`;

export const CATALOG_EVENTS = [
  ProductCreatedV2IntegrationEvent,
  ProductCreatedIntegrationEvent,
  ProductUpdatedIntegrationEvent,
  ProductDeletedIntegrationEvent,
  ProductDetailViewedIntegrationEvent,
];

/** A product's creation or its deletion: what a module keeping its own list of existing products consumes. */
export type ProductLifecycleEvent = ProductCreatedV2IntegrationEvent | ProductDeletedIntegrationEvent;

/** The events of `ProductLifecycleEvent`, for a handler's subscription. */
export const PRODUCT_LIFECYCLE_EVENTS = [ProductCreatedV2IntegrationEvent, ProductDeletedIntegrationEvent];

/** What a lifecycle event says: which product, at which version of its stream, created or deleted. */
export const lifecycleChangeOf = (
  event: ProductLifecycleEvent,
): { productId: string; version: number; deleted: boolean } => ({
  productId: event.payload.productId,
  version: event.envelope.streamVersion,
  deleted: event instanceof ProductDeletedIntegrationEvent,
});
