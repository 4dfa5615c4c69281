import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductRatingRecalculatedIntegrationEvent } from '../../rating/contracts';
import { ProductEnrichmentRepository } from '../infrastructure/product-enrichment.repository';
import { CATALOG_ENRICHMENT } from '../infrastructure/catalog-enrichment.projection';

/** Keeps `rating {average,count}` of the product detail current; a stale summary never overwrites a newer one. */
@OnIntegrationEvent(ProductRatingRecalculatedIntegrationEvent, { projection: CATALOG_ENRICHMENT })
export class ApplyRatingSummaryOnRatingRecalculatedHandler implements IntegrationEventHandler<ProductRatingRecalculatedIntegrationEvent> {
  constructor(private readonly enrichment: ProductEnrichmentRepository) {}

  handle(event: ProductRatingRecalculatedIntegrationEvent, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  handleBatch(events: ProductRatingRecalculatedIntegrationEvent[], tx: Transaction): Promise<void> {
    return this.enrichment.applyRatings(
      tx.manager,
      events.map(({ payload, envelope }) => ({
        productId: payload.productId,
        average: payload.average,
        count: payload.count,
        version: envelope.streamVersion,
      })),
    );
  }
}
