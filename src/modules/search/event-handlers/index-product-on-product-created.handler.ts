import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductCreatedV2IntegrationEvent } from '../../catalog/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';
import { SEARCH_INDEX } from '../infrastructure/search-index.projection';

/** Makes a new product findable, with its initial stock as its availability and its categories. */
@OnIntegrationEvent(ProductCreatedV2IntegrationEvent, { projection: SEARCH_INDEX })
export class IndexProductOnProductCreatedHandler implements IntegrationEventHandler<ProductCreatedV2IntegrationEvent> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ envelope, payload }: ProductCreatedV2IntegrationEvent, tx: Transaction): Promise<void> {
    const { productId, name, description, initialStock, categories } = payload;
    const text = { productId, name, description, version: envelope.streamVersion };
    await this.index.applyProductCreated(tx.manager, text, { at: envelope.occurredAt, initialStock, categories });
  }
}
