import { ProductFact, ProductRecord, evolveProduct } from './product-history';

const created: ProductFact = {
  kind: 'created',
  version: 1,
  product: {
    id: 'p-1',
    sku: 'LAMP-1',
    name: 'Desk lamp',
    description: 'Warm',
    price: { amount: 2599, currency: 'EUR' },
    initialStock: 5,
    categories: ['lighting'],
  },
};
const updated = (version: number, amount: number): ProductFact => ({
  kind: 'updated',
  version,
  changes: { sku: 'LAMP-1', name: 'Desk lamp', description: 'Warm', price: { amount, currency: 'EUR' } },
});
const fold = (facts: ProductFact[]): ProductRecord | null => facts.reduce(evolveProduct, null);

describe('evolveProduct', () => {
  it('is nothing before its creation, and the created product after it', () => {
    expect(fold([])).toBeNull();
    expect(fold([created])).toEqual({ ...created.product, version: 1, deleted: false });
  });

  it('takes each update as the new state of its fields, in stream order', () => {
    const product = fold([created, updated(2, 1999), updated(3, 2199)]);
    expect(product?.price).toEqual({ amount: 2199, currency: 'EUR' });
    expect(product?.version).toBe(3);
    expect(product?.categories).toEqual(['lighting']);
  });

  it('ignores stale and repeated facts, and facts about a product never created', () => {
    expect(fold([created, updated(3, 2199), updated(2, 1999)])?.price.amount).toBe(2199);
    expect(fold([created, created])?.version).toBe(1);
    expect(fold([updated(2, 1999), { kind: 'deleted', version: 3 }])).toBeNull();
  });

  it('keeps the last state of a deleted product, marked deleted', () => {
    const product = fold([created, updated(2, 1999), { kind: 'deleted', version: 3 }]);
    expect(product).toEqual({
      ...created.product,
      price: { amount: 1999, currency: 'EUR' },
      version: 3,
      deleted: true,
    });
  });
});
