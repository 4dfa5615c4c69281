import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductRatingRecalculatedIntegrationEvent } from '../../rating/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';
import { SEARCH_INDEX } from '../infrastructure/search-index.projection';

/** Keeps the rating used by `minRating` and `sort=rating`; an older summary than the applied one is ignored. */
@OnIntegrationEvent(ProductRatingRecalculatedIntegrationEvent, { projection: SEARCH_INDEX })
export class ApplyRatingSummaryOnRatingRecalculatedHandler implements IntegrationEventHandler<ProductRatingRecalculatedIntegrationEvent> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ envelope, payload }: ProductRatingRecalculatedIntegrationEvent, tx: Transaction): Promise<void> {
    const { productId, average, count } = payload;
    await this.index.applyRating(tx.manager, productId, average, count, envelope.streamVersion);
  }
}
