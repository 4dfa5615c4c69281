import { ProblemException } from '../problem.exception';
import { parseIdempotencyKey, requestFingerprint, requestTarget } from './idempotency-key';

describe('parseIdempotencyKey', () => {
  it('treats a missing header as no key', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
  });

  it.each(['a', '0190a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b', 'order:42.retry_1', 'x'.repeat(200)])('accepts %s', (key) => {
    expect(parseIdempotencyKey(key)).toBe(key);
  });

  it.each([
    ['empty', ''],
    ['a space', 'a b'],
    ['a slash', 'a/b'],
    ['non-ASCII', 'clé'],
    ['201 chars', 'x'.repeat(201)],
  ])('rejects %s with a 400 naming the header', (_, key) => {
    expect(() => parseIdempotencyKey(key)).toThrow(ProblemException);
    try {
      parseIdempotencyKey(key);
    } catch (error) {
      expect((error as ProblemException).problem).toMatchObject({
        status: 400,
        errors: [{ field: 'Idempotency-Key' }],
      });
    }
  });

  it('rejects a header sent twice', () => {
    expect(() => parseIdempotencyKey(['a', 'b'])).toThrow(ProblemException);
  });
});

describe('requestFingerprint', () => {
  it('ignores the order of object keys, at any depth', () => {
    expect(requestFingerprint({ a: 1, b: { c: [1, 2], d: null } })).toBe(
      requestFingerprint({ b: { d: null, c: [1, 2] }, a: 1 }),
    );
  });

  it('tells different bodies apart, array order included', () => {
    expect(requestFingerprint({ quantity: 1 })).not.toBe(requestFingerprint({ quantity: 2 }));
    expect(requestFingerprint([1, 2])).not.toBe(requestFingerprint([2, 1]));
    expect(requestFingerprint({ a: '1' })).not.toBe(requestFingerprint({ a: 1 }));
  });

  it('treats a missing body like an empty one only when both are absent', () => {
    expect(requestFingerprint(undefined)).toBe(requestFingerprint(null));
    expect(requestFingerprint({})).not.toBe(requestFingerprint(undefined));
  });
});

describe('requestTarget', () => {
  it('is the path alone without a query', () => {
    expect(requestTarget('/api/v1/products')).toBe('/api/v1/products');
    expect(requestTarget('/api/v1/products?')).toBe('/api/v1/products');
  });

  it('keeps the query, so requests that differ only there are told apart', () => {
    expect(requestTarget('/redrive?consumer=a')).not.toBe(requestTarget('/redrive?consumer=b'));
    expect(requestTarget('/redrive?consumer=a')).not.toBe(requestTarget('/redrive'));
  });

  it('spells one query one way: decoded, re-encoded, ordered by name, repeated names in their order', () => {
    expect(requestTarget('/r?b=2&a=x+y&c=%2E')).toBe(requestTarget('/r?a=x%20y&c=.&b=2'));
    expect(requestTarget('/r?a=1&a=2')).not.toBe(requestTarget('/r?a=2&a=1'));
  });

  it('hashes a long query so the stored target stays small', () => {
    const target = requestTarget(`/r?q=${'x'.repeat(5000)}`);
    expect(target).toMatch(/^\/r\?sha256=[0-9a-f]{64}$/);
    expect(target).not.toBe(requestTarget(`/r?q=${'x'.repeat(5001)}`));
  });
});
