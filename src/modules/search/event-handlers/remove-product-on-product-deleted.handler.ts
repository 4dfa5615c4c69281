import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductDeletedIntegrationEvent } from '../../catalog/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';
import { SEARCH_INDEX } from '../infrastructure/search-index.projection';

/** Takes a deleted product out of every result, for good. */
@OnIntegrationEvent(ProductDeletedIntegrationEvent, { projection: SEARCH_INDEX })
export class RemoveProductOnProductDeletedHandler implements IntegrationEventHandler<ProductDeletedIntegrationEvent> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ envelope, payload }: ProductDeletedIntegrationEvent, tx: Transaction): Promise<void> {
    await this.index.markProductDeleted(tx.manager, payload.productId, envelope.streamVersion);
  }
}
