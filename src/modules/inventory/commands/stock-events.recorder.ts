import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import {
  BackInStockIntegrationEvent,
  OutOfStockIntegrationEvent,
  StockReplenishedIntegrationEvent,
  StockReservedIntegrationEvent,
  stockStreamId,
} from '../contracts';
import { StockEvent } from '../domain/stock';

/** Records the domain's stock events in the outbox, each on its own version of the product's stock stream. */
export function recordStockEvents(tx: Transaction, productId: string, events: readonly StockEvent[]): void {
  const streamId = stockStreamId(productId);
  for (const event of events) {
    const levels = { productId, ...event.levels };
    const streamVersion = event.version;
    switch (event.kind) {
      case 'stock-reserved': {
        const { id: reservationId, customerId, quantity } = event.reservation;
        tx.record(StockReservedIntegrationEvent, {
          streamId,
          streamVersion,
          payload: { ...levels, reservationId, customerId, quantity },
        });
        break;
      }
      case 'stock-replenished':
        tx.record(StockReplenishedIntegrationEvent, {
          streamId,
          streamVersion,
          payload: { ...levels, quantity: event.quantity },
        });
        break;
      case 'out-of-stock':
        tx.record(OutOfStockIntegrationEvent, { streamId, streamVersion, payload: levels });
        break;
      case 'back-in-stock':
        tx.record(BackInStockIntegrationEvent, { streamId, streamVersion, payload: levels });
        break;
    }
  }
}
