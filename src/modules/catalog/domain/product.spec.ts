import { DomainError } from '../../../shared/domain/domain-error';
import { assertDeletable, createProduct, updateProduct } from './product';

const valid = {
  sku: 'tshirt-blue-m',
  name: '  Blue T-shirt ',
  description: 'Organic cotton',
  price: { amount: 1999, currency: 'EUR' },
  initialStock: 10,
};

const kindOf = (work: () => unknown): string | undefined => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? `${error.kind}:${error.code}` : 'not a domain error';
  }
  return undefined;
};

describe('product rules', () => {
  it('normalises sku to upper case and trims the name', () => {
    const product = createProduct('p1', valid);
    expect(product).toMatchObject({ sku: 'TSHIRT-BLUE-M', name: 'Blue T-shirt', version: 1 });
  });

  it.each([
    ['a sku with spaces', { sku: 'blue shirt' }, 'invalid:catalog.invalid-sku'],
    ['a one-character sku', { sku: 'A' }, 'invalid:catalog.invalid-sku'],
    ['a blank name', { name: '   ' }, 'invalid:catalog.invalid-name'],
    ['a fractional price', { price: { amount: 19.99, currency: 'EUR' } }, 'invalid:catalog.invalid-price'],
    ['a negative price', { price: { amount: -1, currency: 'EUR' } }, 'invalid:catalog.invalid-price'],
    ['an unknown currency', { price: { amount: 100, currency: 'EUX' } }, 'invalid:catalog.invalid-currency'],
    ['a lower-case currency', { price: { amount: 100, currency: 'eur' } }, 'invalid:catalog.invalid-currency'],
    ['negative stock', { initialStock: -1 }, 'invalid:catalog.invalid-stock'],
    ['an upper-case category', { categories: ['Lighting'] }, 'invalid:catalog.invalid-categories'],
    ['a category with a trailing dash', { categories: ['home-'] }, 'invalid:catalog.invalid-categories'],
    [
      'eleven categories',
      { categories: Array.from({ length: 11 }, (_, i) => `c${i}`) },
      'invalid:catalog.invalid-categories',
    ],
  ])('rejects %s', (_, override, expected) => {
    expect(kindOf(() => createProduct('p1', { ...valid, ...override }))).toBe(expected);
  });

  it('has no categories unless given, and keeps given ones once each in order', () => {
    expect(createProduct('p1', valid).categories).toEqual([]);
    const product = createProduct('p1', { ...valid, categories: ['lighting', 'home-office', 'lighting'] });
    expect(product.categories).toEqual(['lighting', 'home-office']);
  });

  it('accepts a free product', () => {
    expect(createProduct('p1', { ...valid, price: { amount: 0, currency: 'USD' } }).price.amount).toBe(0);
  });

  it('bumps the version only when something changes', () => {
    const product = createProduct('p1', valid);
    expect(updateProduct(product, { name: 'Blue T-shirt' }).version).toBe(1);
    expect(updateProduct(product, { price: { amount: 2499, currency: 'EUR' } })).toMatchObject({
      version: 2,
      price: { amount: 2499, currency: 'EUR' },
    });
  });

  it('refuses an update or delete against a stale version', () => {
    const product = updateProduct(createProduct('p1', valid), { name: 'Renamed' });
    expect(kindOf(() => updateProduct(product, { name: 'Again' }, 1))).toBe(
      'precondition-failed:catalog.stale-version',
    );
    expect(kindOf(() => assertDeletable(product, 1))).toBe('precondition-failed:catalog.stale-version');
    expect(kindOf(() => assertDeletable(product, 2))).toBeUndefined();
  });
});
