import { EventEnvelope, Type } from '../../../shared/messaging/integration-event';
import { statePart } from '../../../shared/modularity/state-part';
import { ProductCreatedV2IntegrationEvent, ProductCreatedV2Payload } from '../../catalog/contracts';
import {
  BackInStockIntegrationEvent,
  OutOfStockIntegrationEvent,
  StockClosedIntegrationEvent,
  StockOpenedIntegrationEvent,
  StockReplenishedIntegrationEvent,
  StockReservedIntegrationEvent,
} from '../contracts';
import { Stock, availableUnits } from '../domain/stock';
import { evolve } from '../domain/stock-fold';
import { decodeStockEvent } from '../infrastructure/stock-event.codec';

/**
 * One more stored event applied to the stock with the aggregate's own `evolve`, the function every
 * reservation and restock loads the stock with. The catalog's creation event opens it when no
 * `stock-opened` did yet: streams recorded before stock had its own opening event start there.
 */
function evolveStock(stock: Stock | undefined, event: EventEnvelope<Record<string, unknown>>): Stock | undefined {
  const productId = String(event.payload.productId);
  if (event.type === ProductCreatedV2IntegrationEvent.type) {
    if (stock) return stock;
    const { initialStock } = event.payload as ProductCreatedV2Payload;
    const levels = { onHand: initialStock, available: initialStock };
    return evolve(undefined, { kind: 'stock-opened', version: 0, levels }, productId);
  }
  const { type, streamVersion: version, payload } = event;
  return evolve(stock, decodeStockEvent(productId, { type, version, payload }), productId);
}

const Units = Type.Integer({ minimum: 0 });

/**
 * A product's stock at a point in time: the fold of its stock stream, opened by `stock-opened` (or,
 * for streams older than that event, the catalog's creation event with its initial stock). With a
 * database per service the gateway takes the answer of the service with the newer event, inventory's
 * once the stock changed.
 */
export const STOCK_STATE_PART = statePart({
  subject: 'product',
  name: 'stock',
  events: [
    ProductCreatedV2IntegrationEvent,
    StockOpenedIntegrationEvent,
    StockReservedIntegrationEvent,
    StockReplenishedIntegrationEvent,
    OutOfStockIntegrationEvent,
    BackInStockIntegrationEvent,
    StockClosedIntegrationEvent,
  ],
  initial: undefined as Stock | undefined,
  evolve: evolveStock,
  view: (stock) =>
    stock
      ? { onHand: stock.onHand, reserved: stock.reserved, available: availableUnits(stock) }
      : { onHand: 0, reserved: 0, available: 0 },
  schema: Type.Object({ onHand: Units, reserved: Units, available: Units }),
});
