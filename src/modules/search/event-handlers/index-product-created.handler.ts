import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumer/integration-event-handler.decorator';
import { Transaction } from '../../../shared/messaging/unit-of-work';
import { ProductCreatedV2IntegrationEvent } from '../../catalog/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';

/** Makes a new product findable, with its initial stock as its availability and its categories. */
@OnIntegrationEvent(ProductCreatedV2IntegrationEvent, { consumer: 'search.index-product-created' })
export class IndexProductCreatedHandler implements IntegrationEventHandler<ProductCreatedV2IntegrationEvent> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ envelope, payload }: ProductCreatedV2IntegrationEvent, tx: Transaction): Promise<void> {
    const { productId, name, description, initialStock, categories } = payload;
    const text = { productId, name, description, version: envelope.streamVersion };
    await this.index.applyProductCreated(tx.manager, text, { at: envelope.occurredAt, initialStock, categories });
  }
}
