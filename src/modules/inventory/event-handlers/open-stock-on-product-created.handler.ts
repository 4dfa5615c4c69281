import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../shared/messaging/consumers/on-integration-event.decorator';
import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import { ProductCreatedV2IntegrationEvent } from '../../catalog/contracts';
import { openStock } from '../domain/stock';
import { StockStreamRepository } from '../infrastructure/stock-stream.repository';

/**
 * Opens the stock of a new product with its initial stock: `stock-opened` starts its stream. Only an
 * empty stream is opened, which makes it idempotent and order-proof: a product deleted before its
 * creation arrived keeps its tombstone and stays deleted. Not a projection (the stream is the write
 * model), so a rebuild never replays it.
 */
@OnIntegrationEvent(ProductCreatedV2IntegrationEvent)
export class OpenStockOnProductCreatedHandler implements IntegrationEventHandler<ProductCreatedV2IntegrationEvent> {
  constructor(private readonly stream: StockStreamRepository) {}

  async handle({ payload }: ProductCreatedV2IntegrationEvent, tx: Transaction): Promise<void> {
    const current = await this.stream.load(tx.manager, payload.productId);
    const change = openStock(current, payload.productId, payload.initialStock);
    if (change) await this.stream.append(tx, change);
  }
}
