import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductUpdatedIntegrationEvent } from '../../catalog/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';
import { SEARCH_INDEX } from '../infrastructure/search-index.projection';

/** Re-indexes a product's name and description from the snapshot; an older snapshot than the indexed one is ignored. */
@OnIntegrationEvent(ProductUpdatedIntegrationEvent, { projection: SEARCH_INDEX })
export class ReindexProductOnProductUpdatedHandler implements IntegrationEventHandler<ProductUpdatedIntegrationEvent> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ payload }: ProductUpdatedIntegrationEvent, tx: Transaction): Promise<void> {
    const { productId, name, description, version } = payload;
    await this.index.applyProductText(tx.manager, { productId, name, description, version });
  }
}
