import { availableUnits, openStock } from './stock';

/** A product's stock levels as its events leave them. */
export interface StockLevelsState {
  onHand: number;
  reserved: number;
  available: number;
}

/** The catalog opened the stock with its initial units, or a stock event reported the levels after a change. */
export type StockLevelsFact =
  { kind: 'opened'; productId: string; initialStock: number } | { kind: 'changed'; onHand: number; available: number };

/**
 * The levels after one more fact, from `null` (no stock yet). Every stock event carries the levels
 * right after it, so the newest one alone is the state; reservations are what is on hand but not
 * available. An opening after the stock changed is a late duplicate and changes nothing.
 *
 * Self-contained on purpose: once the stock is event-sourced, its aggregate's fold replaces this one.
 */
export function evolveStockLevels(levels: StockLevelsState | null, fact: StockLevelsFact): StockLevelsState | null {
  if (fact.kind === 'opened') {
    if (levels !== null) return levels;
    const stock = openStock(fact.productId, fact.initialStock);
    return { onHand: stock.onHand, reserved: stock.reserved, available: availableUnits(stock) };
  }
  return { onHand: fact.onHand, reserved: fact.onHand - fact.available, available: fact.available };
}
