import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { IntegrationEvent } from '../../../shared/messaging/integration-event';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { STOCK_CHANGED_EVENTS, StockLevels } from '../../inventory/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';
import { SEARCH_INDEX } from '../infrastructure/search-index.projection';

/**
 * Keeps `inStock` current for the `inStock` filter. Every stock event carries the levels after it, so
 * each one alone sets availability and the highest stream version wins.
 */
@OnIntegrationEvent(STOCK_CHANGED_EVENTS, { projection: SEARCH_INDEX })
export class ApplyStockLevelsOnStockChangedHandler implements IntegrationEventHandler<IntegrationEvent<StockLevels>> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ envelope, payload }: IntegrationEvent<StockLevels>, tx: Transaction): Promise<void> {
    await this.index.applyStock(tx.manager, payload.productId, payload.available, envelope.streamVersion);
  }
}
