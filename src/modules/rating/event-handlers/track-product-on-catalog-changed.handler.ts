import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductCreatedV2IntegrationEvent, ProductDeletedIntegrationEvent } from '../../catalog/contracts';
import { RatedProductRepository } from '../infrastructure/rated-product.repository';

type CatalogEvent = ProductCreatedV2IntegrationEvent | ProductDeletedIntegrationEvent;

/** Keeps `rating.products` in step with the catalog, so ratings are only taken for products that exist. */
@OnIntegrationEvent([ProductCreatedV2IntegrationEvent, ProductDeletedIntegrationEvent])
export class TrackProductOnCatalogChangedHandler implements IntegrationEventHandler<CatalogEvent> {
  constructor(private readonly products: RatedProductRepository) {}

  handle(event: CatalogEvent, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  /** Consecutive creations, or deletions, in one statement each, in order. */
  async handleBatch(events: CatalogEvent[], tx: Transaction): Promise<void> {
    for (let start = 0; start < events.length;) {
      const deleted = events[start] instanceof ProductDeletedIntegrationEvent;
      let end = start + 1;
      while (end < events.length && events[end] instanceof ProductDeletedIntegrationEvent === deleted) end++;
      const products = events
        .slice(start, end)
        .map(({ payload, envelope }) => ({ productId: payload.productId, version: envelope.streamVersion }));
      if (deleted) await this.products.recordDeleted(tx.manager, products);
      else await this.products.recordCreated(tx.manager, products);
      start = end;
    }
  }
}
