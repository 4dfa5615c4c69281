import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductCreatedV2IntegrationEvent, ProductDeletedIntegrationEvent } from '../../catalog/contracts';
import { INVENTORY_PRODUCTS } from '../infrastructure/inventory-products.projection';
import { KnownProductRepository } from '../infrastructure/known-product.repository';

type CatalogEvent = ProductCreatedV2IntegrationEvent | ProductDeletedIntegrationEvent;

/**
 * Keeps `inventory.products`, which catalog products exist, from their events alone. Apart from the
 * stock handlers: a projection rebuild replays this one, and must never append to a stock stream.
 */
@OnIntegrationEvent([ProductCreatedV2IntegrationEvent, ProductDeletedIntegrationEvent], {
  projection: INVENTORY_PRODUCTS,
})
export class TrackProductOnCatalogChangedHandler implements IntegrationEventHandler<CatalogEvent> {
  constructor(private readonly products: KnownProductRepository) {}

  handle(event: CatalogEvent, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  /** Consecutive creations, or deletions, in one statement each, in order. */
  handleBatch(events: CatalogEvent[], tx: Transaction): Promise<void> {
    return this.products.recordInOrder(
      tx.manager,
      events.map((event) => ({
        productId: event.payload.productId,
        version: event.envelope.streamVersion,
        deleted: event instanceof ProductDeletedIntegrationEvent,
      })),
    );
  }
}
