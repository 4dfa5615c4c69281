import fc from 'fast-check';
import { InsufficientStockError, StockNotFoundError } from './inventory.errors';
import { Stock, StockChange, StockEvent, availableUnits, closeStock, openStock, reserve, restock } from './stock';
import { evolve, foldStock, snapshotDue } from './stock-fold';

const PRODUCT = '0190a1b2-0000-7000-8000-000000000002';
const reservation = (quantity: number) => ({ id: `r-${quantity}`, customerId: 'alice', quantity });

describe('evolve', () => {
  it('opens, reserves, replenishes and closes by the events alone', () => {
    const opened = evolve(
      undefined,
      { kind: 'stock-opened', version: 1, levels: { onHand: 5, available: 5 } },
      PRODUCT,
    );
    expect(opened).toEqual({ productId: PRODUCT, onHand: 5, reserved: 0, deleted: false, version: 1 });
    const reserved = evolve(
      opened,
      {
        kind: 'stock-reserved',
        version: 2,
        levels: { onHand: 5, available: 3 },
        reservation: { ...reservation(2), productId: PRODUCT },
      },
      PRODUCT,
    );
    expect(reserved).toMatchObject({ onHand: 5, reserved: 2, version: 2 });
    const replenished = evolve(
      reserved,
      { kind: 'stock-replenished', version: 3, quantity: 4, levels: { onHand: 9, available: 7 } },
      PRODUCT,
    );
    expect(replenished).toMatchObject({ onHand: 9, reserved: 2, version: 3 });
    const closed = evolve(
      replenished,
      { kind: 'stock-closed', version: 4, levels: { onHand: 9, available: 7 } },
      PRODUCT,
    );
    expect(closed).toEqual({ productId: PRODUCT, onHand: 9, reserved: 2, deleted: true, version: 4 });
  });

  it('moves only the version on an availability transition', () => {
    const stock: Stock = { productId: PRODUCT, onHand: 1, reserved: 1, deleted: false, version: 2 };
    expect(evolve(stock, { kind: 'out-of-stock', version: 3, levels: { onHand: 1, available: 0 } }, PRODUCT)).toEqual({
      ...stock,
      version: 3,
    });
  });
});

describe('foldStock', () => {
  it('knows no stock for an empty stream', () => {
    expect(foldStock(PRODUCT, [])).toBeUndefined();
  });

  it('starts from a snapshot and skips the events it already holds', () => {
    const opened = openStock(undefined, PRODUCT, 3)!;
    const first = reserve(opened.stock, PRODUCT, reservation(1));
    const second = reserve(first.stock, PRODUCT, reservation(2));
    const events = [...opened.events, ...first.events, ...second.events];
    expect(foldStock(PRODUCT, events, first.stock)).toEqual(second.stock);
    expect(foldStock(PRODUCT, second.events, first.stock)).toEqual(second.stock);
  });
});

describe('snapshotDue', () => {
  it.each([
    [0, 1, 3, false],
    [2, 3, 3, true],
    [2, 4, 3, true],
    [3, 5, 3, false],
    [5, 7, 3, true],
    [0, 1, 1, true],
  ])('from version %p to %p every %p: %p', (before, after, every, due) => {
    expect(snapshotDue(before, after, every)).toBe(due);
  });
});

describe('any history of a stock', () => {
  const operation = fc.oneof(
    fc.record({ reserve: fc.integer({ min: 1, max: 15 }) }),
    fc.record({ restock: fc.integer({ min: 1, max: 15 }) }),
    fc.constant({ close: true as const }),
  );

  it('folds, from scratch or from any snapshot, to the state the decisions produced', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.array(operation, { maxLength: 50 }),
        fc.integer({ min: 1, max: 7 }),
        (initial, operations, every) => {
          const opened = openStock(undefined, PRODUCT, initial)!;
          let current: Stock = opened.stock;
          const stream: StockEvent[] = [...opened.events];
          let snapshot: Stock | undefined;
          for (const op of operations) {
            let change: StockChange | undefined;
            try {
              if ('reserve' in op) change = reserve(current, PRODUCT, reservation(op.reserve));
              else if ('restock' in op) change = restock(current, PRODUCT, op.restock);
              else change = closeStock(current, PRODUCT);
            } catch (error) {
              expect([InsufficientStockError, StockNotFoundError].some((kind) => error instanceof kind)).toBe(true);
              continue;
            }
            if (!change) continue;
            stream.push(...change.events);
            if (snapshotDue(current.version, change.stock.version, every)) snapshot = change.stock;
            current = change.stock;
            // Every event carries the levels the fold reaches at its version.
            const last = change.events[change.events.length - 1];
            expect(last.levels).toEqual({ onHand: current.onHand, available: availableUnits(current) });
          }
          expect(stream.map((event) => event.version)).toEqual(stream.map((_, index) => index + 1));
          expect(foldStock(PRODUCT, stream)).toEqual(current);
          const after = stream.filter((event) => !snapshot || event.version > snapshot.version);
          expect(foldStock(PRODUCT, after, snapshot)).toEqual(current);
          expect(availableUnits(current)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
