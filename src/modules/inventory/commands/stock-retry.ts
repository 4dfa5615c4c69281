import { OptimisticRetry } from '../../../shared/messaging/outbox/stream-version-conflict';
import { StockContendedError } from '../domain/inventory.errors';

/**
 * Attempts of one stock change against concurrent appends to the same stream. A request loses once
 * per change another writer commits meanwhile, so 20 covers a burst of 20 competing writes on one
 * product; beyond that the client gets a 409 it may retry.
 */
export const STOCK_CHANGE_ATTEMPTS = 20;

export const stockRetry = (productId: string): OptimisticRetry => ({
  attempts: STOCK_CHANGE_ATTEMPTS,
  exhausted: () => new StockContendedError(productId),
});
