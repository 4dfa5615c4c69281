import { IntegrationEvent, JsonSchema } from '../../../shared/messaging/integration-event';
import { STOCK_LEVELS_PROPERTIES, STOCK_LEVELS_REQUIRED, StockLevels } from './stock-levels';

/** Available stock rose above zero again (emitted on the transition only); stream `inventory.stock:<productId>`. */
export class BackInStockIntegrationEvent extends IntegrationEvent<StockLevels> {
  static override readonly type = 'inventory.back-in-stock.v1';
  static override readonly description = 'A product that was out of stock can be reserved again.';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: STOCK_LEVELS_REQUIRED,
    properties: STOCK_LEVELS_PROPERTIES,
  };
}
