import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductDetailViewedIntegrationEvent } from '../../catalog/contracts';
import { StockRepository } from '../infrastructure/stock.repository';

/**
 * Counts product detail views as a demand signal. The source design wired "Product Detail Viewed →
 * Reduce Stock"; a page view must never change stock in a real shop, so stock falls only by
 * reservations. Batches are additive deltas, so their order does not matter.
 */
@OnIntegrationEvent(ProductDetailViewedIntegrationEvent)
export class CountViewsOnProductViewedHandler implements IntegrationEventHandler<ProductDetailViewedIntegrationEvent> {
  constructor(private readonly stocks: StockRepository) {}

  async handle(event: ProductDetailViewedIntegrationEvent, tx: Transaction): Promise<void> {
    await this.stocks.addViews(tx.manager, event.payload.productId, event.payload.views);
  }
}
