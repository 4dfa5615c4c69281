import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { IntegrationEvent } from '../../../shared/messaging/integration-event';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { STOCK_CHANGED_EVENTS, StockLevels } from '../../inventory/contracts';
import { ProductEnrichmentRepository } from '../infrastructure/product-enrichment.repository';
import { CATALOG_ENRICHMENT } from '../infrastructure/catalog-enrichment.projection';

/**
 * Keeps `availability {inStock,available}` current from any stock event (each carries the levels
 * after the change); a stale event never overwrites a newer one.
 */
@OnIntegrationEvent(STOCK_CHANGED_EVENTS, { projection: CATALOG_ENRICHMENT })
export class ApplyStockLevelsOnStockChangedHandler implements IntegrationEventHandler<IntegrationEvent<StockLevels>> {
  constructor(private readonly enrichment: ProductEnrichmentRepository) {}

  handle(event: IntegrationEvent<StockLevels>, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  handleBatch(events: IntegrationEvent<StockLevels>[], tx: Transaction): Promise<void> {
    return this.enrichment.applyStockLevels(
      tx.manager,
      events.map(({ payload, envelope }) => ({
        productId: payload.productId,
        available: payload.available,
        version: envelope.streamVersion,
      })),
    );
  }
}
