import { BackInStockIntegrationEvent } from './back-in-stock.integration-event';
import { OutOfStockIntegrationEvent } from './out-of-stock.integration-event';
import { StockReplenishedIntegrationEvent } from './stock-replenished.integration-event';
import { StockReservedIntegrationEvent } from './stock-reserved.integration-event';

export * from './back-in-stock.integration-event';
export * from './out-of-stock.integration-event';
export * from './stock-levels';
export * from './stock-replenished.integration-event';
export * from './stock-reserved.integration-event';

export const stockStreamId = (productId: string): string => `inventory.stock:${productId}`;

export const INVENTORY_EVENTS = [
  StockReservedIntegrationEvent,
  StockReplenishedIntegrationEvent,
  OutOfStockIntegrationEvent,
  BackInStockIntegrationEvent,
];
