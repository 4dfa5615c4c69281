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
