import { OptimisticRetry } from '../../../shared/messaging/outbox/stream-version-conflict';
import { StockContendedError } from '../domain/inventory.errors';

/**
 * Attempts of one stock change against concurrent appends to the same stream. A request loses once
 * per change another writer commits meanwhile, so 30 covers a burst of 30 competing writes on one
 * product; beyond that the client gets a 409 `inventory.stock-contended` it may retry.
 */
export const STOCK_CHANGE_ATTEMPTS = 30;

export const stockRetry = (productId: string): OptimisticRetry => ({
  attempts: STOCK_CHANGE_ATTEMPTS,
  exhausted: () => new StockContendedError(productId),
});
