import fc from 'fast-check';
import {
  InsufficientStockError,
  InvalidQuantityError,
  StockCapacityExceededError,
  StockNotFoundError,
} from './inventory.errors';
import { MAX_ON_HAND, MAX_RESERVATION_QUANTITY, MAX_RESTOCK_QUANTITY } from './quantity';
import { Stock, StockChange, availableUnits, closeStock, openStock, reserve, restock } from './stock';

const PRODUCT = '0190a1b2-0000-7000-8000-000000000001';
const stock = (changes: Partial<Stock> = {}): Stock => ({ ...openStock(undefined, PRODUCT, 10)!.stock, ...changes });
const reservation = (quantity: number) => ({ id: 'r-1', customerId: 'alice', quantity });
const kinds = (change: StockChange) => change.events.map((event) => event.kind);

describe('openStock', () => {
  it('starts the stream: the initial stock on hand, nothing reserved, stock-opened at version 1', () => {
    expect(openStock(undefined, PRODUCT, 25)).toEqual({
      before: undefined,
      stock: { productId: PRODUCT, onHand: 25, reserved: 0, deleted: false, version: 1 },
      events: [{ kind: 'stock-opened', version: 1, levels: { onHand: 25, available: 25 } }],
    });
  });

  it('changes nothing on a stream that has events: a redelivered creation, or a tombstone', () => {
    expect(openStock(stock({ reserved: 2 }), PRODUCT, 25)).toBeUndefined();
    expect(openStock(stock({ deleted: true }), PRODUCT, 25)).toBeUndefined();
  });
});

describe('closeStock', () => {
  it('appends stock-closed with the levels it had', () => {
    const change = closeStock(stock({ reserved: 4, version: 6 }), PRODUCT)!;
    expect(change.stock).toEqual({ productId: PRODUCT, onHand: 10, reserved: 4, deleted: true, version: 7 });
    expect(change.events).toEqual([{ kind: 'stock-closed', version: 7, levels: { onHand: 10, available: 6 } }]);
  });

  it('starts the stream with a tombstone when the deletion arrives before the creation', () => {
    expect(closeStock(undefined, PRODUCT)!.events).toEqual([
      { kind: 'stock-closed', version: 1, levels: { onHand: 0, available: 0 } },
    ]);
  });

  it('changes nothing on a closed stock', () => {
    expect(closeStock(stock({ deleted: true }), PRODUCT)).toBeUndefined();
  });
});

describe('reserve', () => {
  it('sets the units aside and records the reservation with the levels after it', () => {
    const { stock: next, events } = reserve(stock({ version: 3 }), PRODUCT, reservation(4));
    expect(next).toMatchObject({ onHand: 10, reserved: 4, version: 4 });
    expect(events).toEqual([
      {
        kind: 'stock-reserved',
        version: 4,
        levels: { onHand: 10, available: 6 },
        reservation: { id: 'r-1', productId: PRODUCT, customerId: 'alice', quantity: 4 },
      },
    ]);
  });

  it('adds out-of-stock on the next version when the last units are reserved', () => {
    const change = reserve(stock({ reserved: 7, version: 5 }), PRODUCT, reservation(3));
    expect(kinds(change)).toEqual(['stock-reserved', 'out-of-stock']);
    expect(change.events.map((event) => event.version)).toEqual([6, 7]);
    expect(change.events[1].levels).toEqual({ onHand: 10, available: 0 });
    expect(change.stock.version).toBe(7);
  });

  it('refuses more units than are available and never goes below zero', () => {
    expect(() => reserve(stock({ reserved: 8 }), PRODUCT, reservation(3))).toThrow(InsufficientStockError);
    expect(() => reserve(stock({ onHand: 0 }), PRODUCT, reservation(1))).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'inventory.insufficient-stock' }),
    );
  });

  it.each([0, -1, 1.5, MAX_RESERVATION_QUANTITY + 1, Number.NaN])('rejects quantity %p', (quantity) => {
    expect(() => reserve(stock({ onHand: 5000 }), PRODUCT, reservation(quantity))).toThrow(InvalidQuantityError);
  });

  it('accepts the largest allowed quantity', () => {
    expect(reserve(stock({ onHand: 5000 }), PRODUCT, reservation(MAX_RESERVATION_QUANTITY)).stock.reserved).toBe(1000);
  });

  it('treats a deleted product, or one without a stream, as unknown', () => {
    expect(() => reserve(stock({ deleted: true }), PRODUCT, reservation(1))).toThrow(StockNotFoundError);
    expect(() => reserve(undefined, PRODUCT, reservation(1))).toThrow(StockNotFoundError);
  });
});

describe('restock', () => {
  it('adds units on hand and records the replenishment', () => {
    const change = restock(stock({ reserved: 2, version: 1 }), PRODUCT, 5);
    expect(change.stock).toMatchObject({ onHand: 15, reserved: 2, version: 2 });
    expect(change.events).toEqual([
      { kind: 'stock-replenished', version: 2, quantity: 5, levels: { onHand: 15, available: 13 } },
    ]);
  });

  it('adds back-in-stock only when the stock was empty', () => {
    const empty = stock({ reserved: 10, version: 11 });
    const first = restock(empty, PRODUCT, 3);
    expect(kinds(first)).toEqual(['stock-replenished', 'back-in-stock']);
    expect(first.events.map((event) => event.version)).toEqual([12, 13]);
    expect(kinds(restock(first.stock, PRODUCT, 3))).toEqual(['stock-replenished']);
  });

  it.each([0, -1, 1.5, MAX_RESTOCK_QUANTITY + 1])('rejects quantity %p', (quantity) => {
    expect(() => restock(stock(), PRODUCT, quantity)).toThrow(InvalidQuantityError);
  });

  it('refuses to take the stock above the most a product can hold', () => {
    expect(() => restock(stock({ onHand: MAX_ON_HAND }), PRODUCT, 1)).toThrow(StockCapacityExceededError);
  });

  it('treats a deleted product as unknown', () => {
    expect(() => restock(stock({ deleted: true }), PRODUCT, 1)).toThrow(StockNotFoundError);
  });
});

describe('any sequence of reservations and restocks', () => {
  const operation = fc.oneof(
    fc.record({ reserve: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ restock: fc.integer({ min: 1, max: 20 }) }),
  );

  it('keeps available stock ≥ 0, versions consecutive and transitions alternating', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.array(operation, { maxLength: 60 }), (initial, operations) => {
        let current = openStock(undefined, PRODUCT, initial)!.stock;
        let inStock = initial > 0;
        for (const op of operations) {
          let change: StockChange;
          try {
            change =
              'reserve' in op
                ? reserve(current, PRODUCT, reservation(op.reserve))
                : restock(current, PRODUCT, op.restock);
          } catch (error) {
            expect(error).toBeInstanceOf(InsufficientStockError);
            continue;
          }
          expect(change.events.map((event) => event.version)).toEqual(
            change.events.map((_, index) => current.version + index + 1),
          );
          for (const event of change.events) {
            if (event.kind === 'out-of-stock') expect(inStock).toBe(true);
            if (event.kind === 'back-in-stock') expect(inStock).toBe(false);
            if (event.kind === 'out-of-stock' || event.kind === 'back-in-stock') inStock = !inStock;
          }
          current = change.stock;
          expect(availableUnits(current)).toBeGreaterThanOrEqual(0);
          expect(inStock).toBe(availableUnits(current) > 0);
        }
      }),
    );
  });
});
