import { reserve, restock, openStock, availableUnits } from './stock';
import { StockLevelsFact, evolveStockLevels } from './stock-levels-history';

const fold = (facts: StockLevelsFact[]) => facts.reduce(evolveStockLevels, null);

describe('evolveStockLevels', () => {
  it('has no levels before the stock opens, and the initial stock, all available, after', () => {
    expect(fold([])).toBeNull();
    expect(fold([{ kind: 'opened', productId: 'p', initialStock: 5 }])).toEqual({
      onHand: 5,
      reserved: 0,
      available: 5,
    });
  });

  it('follows the levels the domain reports with each change', () => {
    const opened = openStock('p', 5);
    const reserved = reserve(opened, { id: 'r', customerId: 'c', quantity: 2 });
    const restocked = restock(reserved.stock, 4);
    const facts: StockLevelsFact[] = [
      { kind: 'opened', productId: 'p', initialStock: 5 },
      ...[...reserved.events, ...restocked.events].map((event) => ({ kind: 'changed' as const, ...event.levels })),
    ];
    const stock = restocked.stock;
    expect(fold(facts)).toEqual({ onHand: stock.onHand, reserved: stock.reserved, available: availableUnits(stock) });
    expect(fold(facts)).toEqual({ onHand: 9, reserved: 2, available: 7 });
  });

  it('ignores an opening that arrives after the stock changed', () => {
    const levels = fold([
      { kind: 'opened', productId: 'p', initialStock: 5 },
      { kind: 'changed', onHand: 5, available: 0 },
      { kind: 'opened', productId: 'p', initialStock: 5 },
    ]);
    expect(levels).toEqual({ onHand: 5, reserved: 5, available: 0 });
  });
});
