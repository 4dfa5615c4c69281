import { Transaction } from '../../../shared/messaging/outbox/unit-of-work';
import {
  BackInStockIntegrationEvent,
  OutOfStockIntegrationEvent,
  StockClosedIntegrationEvent,
  StockOpenedIntegrationEvent,
  StockReplenishedIntegrationEvent,
  StockReservedIntegrationEvent,
  stockStreamId,
} from '../contracts';
import { StockEvent } from '../domain/stock';

/** An event of a stock stream as `messaging.event_store` holds it. */
export interface StoredStockEvent {
  type: string;
  version: number;
  payload: Record<string, unknown>;
}

/** Records the domain's stock events in the outbox, each on its own version of the product's stock stream. */
export function recordStockEvents(tx: Transaction, productId: string, events: readonly StockEvent[]): void {
  const streamId = stockStreamId(productId);
  for (const event of events) {
    const levels = { productId, ...event.levels };
    const streamVersion = event.version;
    switch (event.kind) {
      case 'stock-opened':
        tx.record(StockOpenedIntegrationEvent, { streamId, streamVersion, payload: levels });
        break;
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
      case 'stock-closed':
        tx.record(StockClosedIntegrationEvent, { streamId, streamVersion, payload: levels });
        break;
    }
  }
}

/**
 * The domain event a stored stock event records; the inverse of `recordStockEvents`. A type this
 * stream never holds is a broken stream, not something to skip: the fold would silently be wrong.
 */
export function decodeStockEvent(productId: string, { type, version, payload }: StoredStockEvent): StockEvent {
  const levels = { onHand: Number(payload.onHand), available: Number(payload.available) };
  switch (type) {
    case StockOpenedIntegrationEvent.type:
      return { kind: 'stock-opened', version, levels };
    case StockReservedIntegrationEvent.type:
      return {
        kind: 'stock-reserved',
        version,
        levels,
        reservation: {
          id: String(payload.reservationId),
          productId,
          customerId: String(payload.customerId),
          quantity: Number(payload.quantity),
        },
      };
    case StockReplenishedIntegrationEvent.type:
      return { kind: 'stock-replenished', version, levels, quantity: Number(payload.quantity) };
    case OutOfStockIntegrationEvent.type:
      return { kind: 'out-of-stock', version, levels };
    case BackInStockIntegrationEvent.type:
      return { kind: 'back-in-stock', version, levels };
    case StockClosedIntegrationEvent.type:
      return { kind: 'stock-closed', version, levels };
    default:
      throw new Error(`stream ${stockStreamId(productId)} holds ${type} at version ${version}, not a stock event`);
  }
}
