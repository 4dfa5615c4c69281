import { BackInStockIntegrationEvent } from './back-in-stock.integration-event';
import { OutOfStockIntegrationEvent } from './out-of-stock.integration-event';
import { StockClosedIntegrationEvent } from './stock-closed.integration-event';
import { StockOpenedIntegrationEvent } from './stock-opened.integration-event';
import { StockReplenishedIntegrationEvent } from './stock-replenished.integration-event';
import { StockReservedIntegrationEvent } from './stock-reserved.integration-event';

export * from './back-in-stock.integration-event';
export * from './out-of-stock.integration-event';
export * from './stock-closed.integration-event';
export * from './stock-levels';
export * from './stock-opened.integration-event';
export * from './stock-replenished.integration-event';
export * from './stock-reserved.integration-event';

/** The event-sourced stock's stream: stock-opened, then reservations, restocks and transitions, then stock-closed. */
export const stockStreamId = (productId: string): string => `inventory.stock:${productId}`;

/**
 * The events that change a live stock's levels (each carries them after the change): what other
 * modules' availability read models apply. Opening and closing are the stream's own bookends.
 */
export const STOCK_CHANGED_EVENTS = [
  StockReservedIntegrationEvent,
  StockReplenishedIntegrationEvent,
  OutOfStockIntegrationEvent,
  BackInStockIntegrationEvent,
];

export const INVENTORY_EVENTS = [
  StockOpenedIntegrationEvent,
  StockReservedIntegrationEvent,
  StockReplenishedIntegrationEvent,
  OutOfStockIntegrationEvent,
  BackInStockIntegrationEvent,
  StockClosedIntegrationEvent,
];
