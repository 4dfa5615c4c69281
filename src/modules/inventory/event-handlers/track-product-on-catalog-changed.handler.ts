import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { PRODUCT_LIFECYCLE_EVENTS, ProductLifecycleEvent, lifecycleChangeOf } from '../../catalog/contracts';
import { INVENTORY_PRODUCTS } from '../infrastructure/inventory-products.projection';
import { KnownProductRepository } from '../infrastructure/known-product.repository';

/**
 * Keeps `inventory.products`, which catalog products exist, from their events alone. Apart from the
 * stock handlers: a projection rebuild replays this one, and must never append to a stock stream.
 */
@OnIntegrationEvent(PRODUCT_LIFECYCLE_EVENTS, {
  projection: INVENTORY_PRODUCTS,
})
export class TrackProductOnCatalogChangedHandler implements IntegrationEventHandler<ProductLifecycleEvent> {
  constructor(private readonly products: KnownProductRepository) {}

  handle(event: ProductLifecycleEvent, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  /** Consecutive creations, or deletions, in one statement each, in order. */
  handleBatch(events: ProductLifecycleEvent[], tx: Transaction): Promise<void> {
    return this.products.recordInOrder(tx.manager, events.map(lifecycleChangeOf));
  }
}
