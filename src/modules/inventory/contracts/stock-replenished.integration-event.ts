import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';
import { STOCK_LEVELS_PROPERTIES, STOCK_LEVELS_REQUIRED, StockLevels } from './stock-levels';

export interface StockReplenishedPayload extends StockLevels {
  quantity: number;
}

/** Units were added to the warehouse; stream `inventory.stock:<productId>`. */
export class StockReplenishedIntegrationEvent extends IntegrationEvent<StockReplenishedPayload> {
  static override readonly type = 'inventory.stock-replenished.v1';
  static override readonly description = 'Units of a product were added to stock (restock).';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: [...STOCK_LEVELS_REQUIRED, 'quantity'],
    properties: { ...STOCK_LEVELS_PROPERTIES, quantity: { type: 'integer', minimum: 1 } },
  };
}
