import { EventEnvelope, Type } from '../../../shared/messaging/integration-event';
import { statePart } from '../../../shared/modularity/state-part';
import { ProductCreatedV2IntegrationEvent, ProductCreatedV2Payload } from '../../catalog/contracts';
import {
  BackInStockIntegrationEvent,
  OutOfStockIntegrationEvent,
  StockLevels,
  StockReplenishedIntegrationEvent,
  StockReservedIntegrationEvent,
} from '../contracts';
import { StockLevelsFact, StockLevelsState, evolveStockLevels } from '../domain/stock-levels-history';

function factOf({ type, payload }: EventEnvelope<Record<string, unknown>>): StockLevelsFact {
  if (type === ProductCreatedV2IntegrationEvent.type) {
    const { productId, initialStock } = payload as ProductCreatedV2Payload;
    return { kind: 'opened', productId, initialStock };
  }
  const { onHand, available } = payload as StockLevels;
  return { kind: 'changed', onHand, available };
}

const Units = Type.Integer({ minimum: 0 });

/**
 * A product's stock at a point in time: opened by the catalog's creation event with its initial
 * stock, then the levels each stock event carries. With a database per service the gateway takes the
 * newer of the two services' answers, which is exact because every stock event carries all levels.
 */
export const STOCK_STATE_PART = statePart({
  subject: 'product',
  name: 'stock',
  events: [
    ProductCreatedV2IntegrationEvent,
    StockReservedIntegrationEvent,
    StockReplenishedIntegrationEvent,
    OutOfStockIntegrationEvent,
    BackInStockIntegrationEvent,
  ],
  initial: null as StockLevelsState | null,
  evolve: (levels, event) => evolveStockLevels(levels, factOf(event)),
  view: (levels) => levels ?? { onHand: 0, reserved: 0, available: 0 },
  schema: Type.Object({ onHand: Units, reserved: Units, available: Units }),
});
