import { canonicalId, canonicalIds, canonicalUrl } from './canonical-ids';

const ID = '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10';
const SHOUTED = ID.toUpperCase();

describe('canonical ids', () => {
  it('lower-cases a UUID and every UUID part of a qualified id', () => {
    expect(canonicalId(SHOUTED)).toBe(ID);
    expect(canonicalId(`things.thing:${SHOUTED}`)).toBe(`things.thing:${ID}`);
    expect(canonicalId(`things.vote:${SHOUTED}:Alice`)).toBe(`things.vote:${ID}:Alice`);
  });

  it('leaves everything else alone', () => {
    for (const value of ['LAMP-1', `${SHOUTED}x`, `see ${SHOUTED}`, 'ABCDEF', ID])
      expect(canonicalId(value)).toBe(value);
  });

  it('canonicalises path segments, percent-encoded ones included', () => {
    expect(canonicalUrl(`/api/v1/things/${SHOUTED}/reservations`)).toBe(`/api/v1/things/${ID}/reservations`);
    const encoded = SHOUTED.replace(/[A-F]/g, (letter) => `%${letter.charCodeAt(0).toString(16).toUpperCase()}`);
    expect(canonicalUrl(`/api/v1/products/${encoded}`)).toBe(`/api/v1/products/${ID}`);
  });

  it('canonicalises query values and keeps every other byte of the target', () => {
    expect(canonicalUrl(`/api/v1/events?streamId=things.stock%3A${SHOUTED}&type=A&limit=5`)).toBe(
      `/api/v1/events?streamId=${encodeURIComponent(`things.stock:${ID}`)}&type=A&limit=5`,
    );
    for (const url of ['/api/v1/search?q=LAMP+ONE&x', '/api/v1/products/%E0%A4%A', '/docs/', '/a?b=%ZZ'])
      expect(canonicalUrl(url)).toBe(url);
  });

  it('canonicalises every string value of a body, at any depth, and keeps the keys', () => {
    expect(canonicalIds({ productId: SHOUTED, items: [{ id: SHOUTED, note: 'KEEP' }], n: 1, ok: null })).toEqual({
      productId: ID,
      items: [{ id: ID, note: 'KEEP' }],
      n: 1,
      ok: null,
    });
    expect(canonicalIds({ [SHOUTED]: 1 })).toEqual({ [SHOUTED]: 1 });
  });
});
