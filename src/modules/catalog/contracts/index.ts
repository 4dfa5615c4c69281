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
