import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../../shared/messaging/consumer/integration-event-handler.decorator';
import { IntegrationEvent } from '../../../shared/messaging/integration-event';
import { Transaction } from '../../../shared/messaging/unit-of-work';
import {
  BackInStockIntegrationEvent,
  OutOfStockIntegrationEvent,
  StockLevels,
  StockReplenishedIntegrationEvent,
  StockReservedIntegrationEvent,
} from '../../inventory/contracts';

/**
 * Keeps `availability {inStock,available}` current from any stock event (each carries the levels
 * after the change); a stale event never overwrites a newer one.
 */
@OnIntegrationEvent(
  [
    StockReservedIntegrationEvent,
    StockReplenishedIntegrationEvent,
    OutOfStockIntegrationEvent,
    BackInStockIntegrationEvent,
  ],
  { consumer: 'catalog.stock-levels' },
)
export class ApplyStockLevelsHandler implements IntegrationEventHandler<IntegrationEvent<StockLevels>> {
  async handle(event: IntegrationEvent<StockLevels>, tx: Transaction): Promise<void> {
    const { productId, available } = event.payload;
    await tx.manager.query(
      `UPDATE catalog.products SET available = $2, in_stock = $2 > 0, stock_version = $3
       WHERE id = $1 AND stock_version < $3`,
      [productId, available, event.envelope.streamVersion],
    );
  }
}
