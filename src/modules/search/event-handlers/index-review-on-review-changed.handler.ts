import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { IntegrationEvent } from '../../../shared/messaging/integration-event';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ReviewAddedIntegrationEvent, ReviewPayload, ReviewUpdatedIntegrationEvent } from '../../reviews/contracts';
import { SearchIndexRepository } from '../infrastructure/search-index.repository';
import { SEARCH_INDEX } from '../infrastructure/search-index.projection';

/**
 * Puts a review's current text into its product's document. Both events carry the whole review, so
 * an edit replaces the old words, and an older snapshot than the applied one is ignored.
 */
@OnIntegrationEvent([ReviewAddedIntegrationEvent, ReviewUpdatedIntegrationEvent], { projection: SEARCH_INDEX })
export class IndexReviewOnReviewChangedHandler implements IntegrationEventHandler<IntegrationEvent<ReviewPayload>> {
  constructor(private readonly index: SearchIndexRepository) {}

  async handle({ envelope, payload }: IntegrationEvent<ReviewPayload>, tx: Transaction): Promise<void> {
    const { reviewId, productId, title, body } = payload;
    await this.index.applyReview(tx.manager, { reviewId, productId, title, body, version: envelope.streamVersion });
  }
}
