import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { PRODUCT_LIFECYCLE_EVENTS, ProductLifecycleEvent, lifecycleChangeOf } from '../../catalog/contracts';
import { RatedProductRepository } from '../infrastructure/rated-product.repository';

/** Keeps `rating.products` in step with the catalog, so ratings are only taken for products that exist. */
@OnIntegrationEvent(PRODUCT_LIFECYCLE_EVENTS)
export class TrackProductOnCatalogChangedHandler implements IntegrationEventHandler<ProductLifecycleEvent> {
  constructor(private readonly products: RatedProductRepository) {}

  handle(event: ProductLifecycleEvent, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  /** Consecutive creations, or deletions, in one statement each, in order. */
  handleBatch(events: ProductLifecycleEvent[], tx: Transaction): Promise<void> {
    return this.products.recordInOrder(tx.manager, events.map(lifecycleChangeOf));
  }
}
