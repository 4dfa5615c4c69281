import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductCreatedV2IntegrationEvent } from '../contracts';
import { ProductEnrichmentRepository } from '../infrastructure/product-enrichment.repository';
import { CATALOG_ENRICHMENT } from '../infrastructure/catalog-enrichment.projection';

/**
 * Starts a new product's enrichment from its own created event: available as its initial stock,
 * no rating yet. Fed by the event rather than written by the command, so the projection can be
 * rebuilt from the event store alone.
 */
@OnIntegrationEvent(ProductCreatedV2IntegrationEvent, { projection: CATALOG_ENRICHMENT })
export class OpenEnrichmentOnProductCreatedHandler implements IntegrationEventHandler<ProductCreatedV2IntegrationEvent> {
  constructor(private readonly enrichment: ProductEnrichmentRepository) {}

  handle(event: ProductCreatedV2IntegrationEvent, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  handleBatch(events: ProductCreatedV2IntegrationEvent[], tx: Transaction): Promise<void> {
    return this.enrichment.recordCreated(
      tx.manager,
      events.map(({ payload }) => ({ productId: payload.productId, initialStock: payload.initialStock })),
    );
  }
}
