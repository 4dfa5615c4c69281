import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumer/integration-event-handler.decorator';
import { Transaction } from '../../../shared/messaging/unit-of-work';
import { ProductRatingRecalculatedIntegrationEvent } from '../../rating/contracts';

/** Keeps `rating {average,count}` of the product detail current; a stale summary never overwrites a newer one. */
@OnIntegrationEvent(ProductRatingRecalculatedIntegrationEvent, { consumer: 'catalog.rating-summary' })
export class ApplyRatingSummaryHandler implements IntegrationEventHandler<ProductRatingRecalculatedIntegrationEvent> {
  async handle(event: ProductRatingRecalculatedIntegrationEvent, tx: Transaction): Promise<void> {
    const { productId, average, count } = event.payload;
    await tx.manager.query(
      `UPDATE catalog.products SET rating_average = $2, rating_count = $3, rating_version = $4
       WHERE id = $1 AND rating_version < $4`,
      [productId, average, count, event.envelope.streamVersion],
    );
  }
}
