import { randomUUID } from 'node:crypto';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { eventually } from '../support/eventually';
import { expectedSummary, rateableProduct, storedEvents, summaryBecomes } from './rating-fixtures';

describe('product ratings', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
  });

  afterAll(() => app.close());

  const rate = async (productId: string, userId: string, stars: unknown) =>
    app.api.put(`/api/v1/products/${productId}/ratings/me`, { stars }, { token: await tokenFor(userId) });
  const unrate = async (productId: string, userId: string) =>
    app.api.delete(`/api/v1/products/${productId}/ratings/me`, { token: await tokenFor(userId) });
  const ratingStream = (productId: string, userId: string) => `rating.rating:${productId}:${userId}`;

  it('answers zeros for a known product nobody has rated', async () => {
    const productId = await rateableProduct(app, admin);
    const response = await app.api.get(`/api/v1/products/${productId}/rating`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(expectedSummary(productId, []));
  });

  it('keeps the summary equal to a recomputation of the latest votes through rating, re-rating and removal', async () => {
    const productId = await rateableProduct(app, admin);

    const first = await rate(productId, 'alice', 5);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ productId, userId: 'alice', stars: 5, version: 1 });
    expect((await rate(productId, 'bob', 3)).status).toBe(200);
    expect((await rate(productId, 'carol', 4)).status).toBe(200);
    await summaryBecomes(app, expectedSummary(productId, [5, 3, 4]));

    const rerated = await rate(productId, 'bob', 1);
    expect(rerated.body).toEqual({ productId, userId: 'bob', stars: 1, version: 2 });
    expect((await unrate(productId, 'carol')).status).toBe(204);
    await summaryBecomes(app, expectedSummary(productId, [5, 1]));
  });

  it('treats the same stars again as no change: same version and no new event', async () => {
    const productId = await rateableProduct(app, admin);
    await rate(productId, 'dave', 4);
    const again = await rate(productId, 'dave', 4);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ productId, userId: 'dave', stars: 4, version: 1 });
    expect(await storedEvents(app, ratingStream(productId, 'dave'))).toHaveLength(1);
  });

  it('stores each change with the stars it replaced, and a summary event per change', async () => {
    const productId = await rateableProduct(app, admin);
    await rate(productId, 'erin', 2);
    await rate(productId, 'erin', 5);
    await unrate(productId, 'erin');
    await rate(productId, 'erin', 3);

    expect(await storedEvents(app, ratingStream(productId, 'erin'))).toEqual([
      {
        type: 'rating.product-rated.v1',
        stream_version: 1,
        payload: { productId, userId: 'erin', stars: 2, previousStars: null },
      },
      {
        type: 'rating.product-rated.v1',
        stream_version: 2,
        payload: { productId, userId: 'erin', stars: 5, previousStars: 2 },
      },
      { type: 'rating.rating-removed.v1', stream_version: 3, payload: { productId, userId: 'erin', previousStars: 5 } },
      {
        type: 'rating.product-rated.v1',
        stream_version: 4,
        payload: { productId, userId: 'erin', stars: 3, previousStars: null },
      },
    ]);

    const summaries = await eventually(
      () => storedEvents(app, `rating.summary:${productId}`),
      (events) => events.length === 4,
      { what: 'four summary events' },
    );
    expect(summaries.map((event) => event.stream_version)).toEqual([1, 2, 3, 4]);
    expect(summaries.map((event) => event.type)).toEqual(Array(4).fill('rating.product-rating-recalculated.v1'));
    expect(summaries.map((event) => event.payload.count)).toEqual([1, 1, 0, 1]);
    expect(summaries[3].payload).toEqual(expectedSummary(productId, [3]));
  });

  it.each([
    ['a fraction', { stars: 3.5 }],
    ['a string', { stars: '4' }],
    ['zero', { stars: 0 }],
    ['six', { stars: 6 }],
    ['a negative number', { stars: -1 }],
    ['null', { stars: null }],
    ['no stars', {}],
    ['an unknown field', { stars: 4, userId: 'someone-else' }],
  ])('rejects %s with a 400 problem', async (_, body) => {
    const productId = await rateableProduct(app, admin);
    const response = await app.api.put(`/api/v1/products/${productId}/ratings/me`, body, {
      token: await tokenFor('frank'),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining([expect.stringMatching(/stars|userId/)]),
    );
    expect(await storedEvents(app, ratingStream(productId, 'frank'))).toEqual([]);
  });

  it('rejects a product id that is not a uuid with 400', async () => {
    expect((await rate('not-a-uuid', 'gina', 4)).status).toBe(400);
    expect((await app.api.get('/api/v1/products/not-a-uuid/rating')).status).toBe(400);
  });

  it('answers 401 to rating or removing without a token', async () => {
    const productId = await rateableProduct(app, admin);
    expect((await app.api.put(`/api/v1/products/${productId}/ratings/me`, { stars: 4 })).status).toBe(401);
    expect((await app.api.delete(`/api/v1/products/${productId}/ratings/me`)).status).toBe(401);
  });

  it('answers 404 for a product the catalog does not have', async () => {
    const productId = randomUUID();
    expect((await rate(productId, 'hank', 4)).status).toBe(404);
    expect((await unrate(productId, 'hank')).status).toBe(404);
    const summary = await app.api.get(`/api/v1/products/${productId}/rating`);
    expect(summary.status).toBe(404);
    expect(summary.body.code).toBe('rating.product-not-found');
  });

  it('answers 404 once the product is deleted', async () => {
    const productId = await rateableProduct(app, admin);
    expect((await rate(productId, 'ivy', 4)).status).toBe(200);
    expect((await app.api.delete(`/api/v1/products/${productId}`, { token: admin })).status).toBe(204);
    await eventually(
      () => app.api.get(`/api/v1/products/${productId}/rating`),
      (response) => response.status === 404,
      { what: 'the deleted product to be unknown to rating' },
    );
    expect((await rate(productId, 'ivy', 5)).status).toBe(404);
  });

  it('answers 404 to removing a rating the customer does not have', async () => {
    const productId = await rateableProduct(app, admin);
    const none = await unrate(productId, 'jack');
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('rating.rating-not-found');

    await rate(productId, 'jack', 2);
    expect((await unrate(productId, 'jack')).status).toBe(204);
    expect((await unrate(productId, 'jack')).status).toBe(404);
  });

  it('counts 20 customers rating at the same time exactly', async () => {
    const productId = await rateableProduct(app, admin);
    const stars = [5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 3, 3, 3, 2, 2, 2, 1, 1];
    const responses = await Promise.all(stars.map((value, index) => rate(productId, `crowd-${index}`, value)));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    // 72 / 20 = 3.6
    await summaryBecomes(app, expectedSummary(productId, stars));
  });

  it('serialises one customer changing their rating many times at once', async () => {
    const productId = await rateableProduct(app, admin);
    const stars = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5];
    const responses = await Promise.all(stars.map((value) => rate(productId, 'kate', value)));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));

    const events = await storedEvents(app, ratingStream(productId, 'kate'));
    expect(events.map((event) => event.stream_version)).toEqual(events.map((_, index) => index + 1));
    const latest = events[events.length - 1].payload.stars as number;
    const changes = events.map((event) => [event.payload.previousStars, event.payload.stars]);
    // Each change starts from the stars the previous one left: no lost update.
    changes.slice(1).forEach(([previous], index) => expect(previous).toBe(changes[index][1]));
    await summaryBecomes(app, expectedSummary(productId, [latest]));
  });
});
