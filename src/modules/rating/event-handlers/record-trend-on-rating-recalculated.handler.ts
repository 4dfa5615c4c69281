import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductRatingRecalculatedIntegrationEvent } from '../contracts';
import { foldTrendPoints } from '../domain/rating-trend';
import { RatingTrendRepository } from '../infrastructure/rating-trend.repository';
import { RATING_TREND } from '../infrastructure/rating-trend.projection';

/**
 * Keeps the rating trend: every announced summary becomes the state at the end of its hour and day,
 * unless a later version of that bucket is stored already (redeliveries and reordering converge).
 */
@OnIntegrationEvent(ProductRatingRecalculatedIntegrationEvent, { projection: RATING_TREND })
export class RecordTrendOnRatingRecalculatedHandler implements IntegrationEventHandler<ProductRatingRecalculatedIntegrationEvent> {
  constructor(private readonly trend: RatingTrendRepository) {}

  handle(event: ProductRatingRecalculatedIntegrationEvent, tx: Transaction): Promise<void> {
    return this.handleBatch([event], tx);
  }

  async handleBatch(events: ProductRatingRecalculatedIntegrationEvent[], tx: Transaction): Promise<void> {
    const points = foldTrendPoints(
      events.map(({ payload, envelope }) => ({
        productId: payload.productId,
        histogram: payload.histogram,
        version: envelope.streamVersion,
        occurredAt: new Date(envelope.occurredAt),
      })),
    );
    await this.trend.save(tx.manager, points);
  }
}
