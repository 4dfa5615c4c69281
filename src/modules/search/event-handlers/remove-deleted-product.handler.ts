import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductDeletedIntegrationEvent } from '../../catalog/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';

/** Takes a deleted product out of every result, for good. */
@OnIntegrationEvent(ProductDeletedIntegrationEvent, { consumer: 'search.remove-deleted-product' })
export class RemoveDeletedProductHandler implements IntegrationEventHandler<ProductDeletedIntegrationEvent> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ envelope, payload }: ProductDeletedIntegrationEvent, tx: Transaction): Promise<void> {
    await this.index.markProductDeleted(tx.manager, payload.productId, envelope.streamVersion);
  }
}
