import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';
import { STOCK_LEVELS_PROPERTIES, STOCK_LEVELS_REQUIRED, StockLevels } from './stock-levels';

export interface StockReservedPayload extends StockLevels {
  reservationId: string;
  customerId: string;
  quantity: number;
}

/** Units were reserved for a customer; stream `inventory.stock:<productId>`. */
export class StockReservedIntegrationEvent extends IntegrationEvent<StockReservedPayload> {
  static override readonly type = 'inventory.stock-reserved.v1';
  static override readonly description = 'Units of a product were reserved (checkout).';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: [...STOCK_LEVELS_REQUIRED, 'reservationId', 'customerId', 'quantity'],
    properties: {
      ...STOCK_LEVELS_PROPERTIES,
      reservationId: { type: 'string' },
      customerId: { type: 'string' },
      quantity: { type: 'integer', minimum: 1 },
    },
  };
}
