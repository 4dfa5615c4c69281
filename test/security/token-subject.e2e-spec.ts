import { startTestApp, TestApp } from '../support/test-app';
import { TEST_JWT_SECRET } from '../support/tokens';
import { expectProblem, readyProduct } from './support/fixtures';
import { hs256Token, now } from './support/jwt-forge';
import { tokenFor } from '../support/tokens';

/** A token whose `sub` is exactly `sub`, whatever jose would allow (lone surrogates survive JSON escaping). */
const withSubject = (sub: unknown) =>
  hs256Token({ typ: 'JWT' }, { sub, iat: now(), exp: now() + 300 }, TEST_JWT_SECRET);

describe('the token subject is a well-formed, printable user id', () => {
  let app: TestApp;
  let productId: string;

  beforeAll(async () => {
    app = await startTestApp();
    productId = await readyProduct(app, await tokenFor('admin-1', { admin: true }));
  });
  afterAll(() => app?.close());

  const review = (token: string) =>
    app.api.post(`/api/v1/products/${productId}/reviews`, { title: 'Subject', body: 'Who wrote this?' }, { token });

  it.each<[string, string]>([
    ['a NUL', 'eve\u0000'],
    ['a lone high surrogate', 'eve\ud800'],
    ['a lone low surrogate', '\udc00eve'],
    ['a blank', '   '],
    ['a tab and a newline', 'eve\t\nadmin'],
    ['a DEL', 'eve\u007f'],
    ['a C1 control', 'eve\u0085'],
    ['a right-to-left override', 'eve\u202egnp.exe'],
    ['a bidi isolate', '\u2067eve\u2069'],
    ['a right-to-left mark', 'eve\u200f'],
    ['257 characters', 'x'.repeat(257)],
    ['an empty string', ''],
  ])('answers a sub with %s with 401 and stores nothing', async (_, sub) => {
    const response = await review(withSubject(sub));
    expectProblem(response, 401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('stored no review for any refused subject', async () => {
    expect(await app.query(`SELECT author_id FROM reviews.reviews WHERE product_id = $1`, [productId])).toEqual([]);
  });

  it.each<[string, string]>([
    ['256 characters', 'y'.repeat(256)],
    ['256 astral characters', '😀'.repeat(256)],
    ['letters of any script', 'José Müller-山田'],
    ['an identity provider id', 'auth0|5f1c9d6b9a10'],
  ])('accepts a sub of %s and shows it as the author', async (_, sub) => {
    const response = await review(withSubject(sub));
    expect(response.status).toBe(201);
    expect(response.body.authorId).toBe(sub);
  });
});
