import { Stock, StockEvent } from './stock';

/** A stored state of a stream at `version`, so loading folds only the events after it. */
export type StockSnapshot = Stock;

/**
 * Applies one event to the stock it happened to. Pure and total over the stream's event kinds: the
 * same function rebuilds a stock from its stream and advances it after a decision. Levels change by
 * the event's own deltas, not by the levels it carries, so a fold that disagrees with the carried
 * levels exposes a broken stream instead of hiding it.
 */
export function evolve(stock: Stock | undefined, event: StockEvent, productId: string): Stock {
  const current = stock ?? { productId, onHand: 0, reserved: 0, deleted: false, version: 0 };
  const version = event.version;
  switch (event.kind) {
    case 'stock-opened':
      return { ...current, onHand: event.levels.onHand, reserved: 0, version };
    case 'stock-reserved':
      return { ...current, reserved: current.reserved + event.reservation.quantity, version };
    case 'stock-replenished':
      return { ...current, onHand: current.onHand + event.quantity, version };
    case 'out-of-stock':
    case 'back-in-stock':
      return { ...current, version };
    case 'stock-closed':
      return { ...current, deleted: true, version };
  }
}

/**
 * The stock a stream describes: the snapshot (if any) with the events after it applied in order.
 * Undefined for a stream with neither. Events at or below the snapshot's version are skipped, so a
 * caller may pass a whole stream with a snapshot.
 */
export function foldStock(
  productId: string,
  events: readonly StockEvent[],
  snapshot?: StockSnapshot,
): Stock | undefined {
  let stock: Stock | undefined = snapshot;
  for (const event of events) {
    if (snapshot && event.version <= snapshot.version) continue;
    stock = evolve(stock, event, productId);
  }
  return stock;
}

/** Whether the change from `before` to `after` passed a multiple of `every`: a snapshot is due at `after`. */
export const snapshotDue = (before: number, after: number, every: number): boolean =>
  Math.floor(after / every) > Math.floor(before / every);
