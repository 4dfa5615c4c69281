import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductDeletedIntegrationEvent } from '../../catalog/contracts';
import { closeStock } from '../domain/stock';
import { StockStreamRepository } from '../infrastructure/stock-stream.repository';

/**
 * Retires the stock of a deleted product with `stock-closed` on its stream: it can no longer be read,
 * reserved or restocked. A reservation committing meanwhile makes this append conflict; the delivery
 * then fails and is retried like any failed delivery, on the new state.
 */
@OnIntegrationEvent(ProductDeletedIntegrationEvent)
export class CloseStockOnProductDeletedHandler implements IntegrationEventHandler<ProductDeletedIntegrationEvent> {
  constructor(private readonly stream: StockStreamRepository) {}

  async handle({ payload }: ProductDeletedIntegrationEvent, tx: Transaction): Promise<void> {
    const change = closeStock(await this.stream.load(tx.manager, payload.productId), payload.productId);
    if (change) await this.stream.append(tx, change);
  }
}
