import { randomBytes } from 'node:crypto';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { tokenFor } from '../support/tokens';

/** Numbers the scenario reports so runs in different modes can be compared. */
export interface ScenarioReport {
  requests: number;
  products: number;
  reviews: number;
  ratings: number;
  reservations: { succeeded: number; rejected: number };
  elapsedMs: number;
}

const word = () => `zq${randomBytes(4).toString('hex')}`;

/**
 * The platform's whole choreography driven only through the public REST API, so it runs unchanged
 * against the in-process monolith, the RabbitMQ monolith and the split deployment behind the gateway.
 */
export async function runPlatformScenario(api: HttpClient, secret?: string): Promise<ScenarioReport> {
  const started = Date.now();
  let requests = 0;
  const call = async <T>(request: Promise<T>) => {
    requests++;
    return request;
  };
  const admin = await tokenFor(`admin-${word()}`, { admin: true, secret });
  const alice = await tokenFor(`alice-${word()}`, { secret });
  const bob = await tokenFor(`bob-${word()}`, { secret });
  const carol = await tokenFor(`carol-${word()}`, { secret });
  const nameWord = word();
  const oldWord = word();
  const newWord = word();

  const create = async (label: string, initialStock: number) => {
    const response = await call(
      api.post(
        '/api/v1/products',
        {
          sku: `SKU-${word()}`.toUpperCase(),
          name: `${nameWord} ${label}`,
          description: `A ${label} made for the scenario`,
          price: { amount: 1299, currency: 'EUR' },
          initialStock,
        },
        { token: admin },
      ),
    );
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  const lamp = await create('lamp', 5);
  const chair = await create('chair', 3);
  const table = await create('table', 10);

  // Each module learns about products from catalog events: wait until all of them know.
  for (const id of [lamp, chair, table]) {
    await eventually(() => call(api.get(`/api/v1/inventory/${id}`)), (r) => r.status === 200, { what: 'inventory' });
    await eventually(() => call(api.get(`/api/v1/products/${id}/rating`)), (r) => r.status === 200, { what: 'rating' });
  }

  const review = (id: string, token: string, title: string, body: string) =>
    eventually(() => call(api.post(`/api/v1/products/${id}/reviews`, { title, body }, { token })), (r) => r.status !== 404, {
      what: 'reviews to know the product',
    });
  const aliceReview = await review(lamp, alice, 'Bright', `Lights my desk, ${oldWord} quality`);
  expect(aliceReview.status).toBe(201);
  const bobReview = await review(lamp, bob, 'Fine', 'Does the job');
  expect(bobReview.status).toBe(201);
  expect((await call(api.post(`/api/v1/products/${lamp}/reviews`, { title: 'Again', body: 'x' }, { token: bob }))).status).toBe(409);
  const chairReview = await review(chair, alice, 'Wobbly', 'Not great');
  expect(chairReview.status).toBe(201);

  const edited = await call(
    api.patch(`/api/v1/reviews/${aliceReview.body.id}`, { body: `Lights my desk, ${newWord} quality` }, { token: alice }),
  );
  expect(edited.status).toBe(200);
  expect((await call(api.patch(`/api/v1/reviews/${aliceReview.body.id}`, { body: 'hijack' }, { token: bob }))).status).toBe(403);
  expect((await call(api.delete(`/api/v1/reviews/${chairReview.body.id}`, { token: alice }))).status).toBe(204);

  const rate = async (id: string, token: string, stars: number) =>
    expect((await call(api.put(`/api/v1/products/${id}/ratings/me`, { stars }, { token }))).status).toBe(200);
  await rate(lamp, alice, 5);
  await rate(lamp, bob, 3);
  await rate(lamp, bob, 4);
  await rate(lamp, carol, 1);
  expect((await call(api.delete(`/api/v1/products/${lamp}/ratings/me`, { token: carol }))).status).toBe(204);
  await rate(chair, carol, 2);
  const finalLampVotes = [5, 4];

  const reservations = await Promise.all(
    Array.from({ length: 8 }, () => call(api.post(`/api/v1/inventory/${lamp}/reservations`, { quantity: 1 }, { token: carol }))),
  );
  const succeeded = reservations.filter((r) => r.status === 201).length;
  const rejected = reservations.filter((r) => r.status === 409).length;
  expect({ succeeded, rejected }).toEqual({ succeeded: 5, rejected: 3 });

  expect((await call(api.delete(`/api/v1/products/${table}`, { token: admin }))).status).toBe(204);

  // Every read model converges.
  const expectedAverage = Math.round((finalLampVotes.reduce((a, b) => a + b, 0) / finalLampVotes.length) * 100) / 100;
  const summary = await eventually(
    () => call(api.get(`/api/v1/products/${lamp}/rating`)),
    (r) => r.body.count === 2 && r.body.average === expectedAverage,
    { what: 'rating summary' },
  );
  expect(summary.body.histogram).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 });
  await eventually(
    () => call(api.get(`/api/v1/products/${lamp}`)),
    (r) =>
      r.body.rating?.average === expectedAverage &&
      r.body.rating?.count === 2 &&
      r.body.availability?.inStock === false &&
      r.body.availability?.available === 0,
    { what: 'catalog enrichment of the lamp' },
  );
  const inventory = await call(api.get(`/api/v1/inventory/${lamp}`));
  expect(inventory.body).toMatchObject({ onHand: 5, available: 0 });

  const search = (query: string) => call(api.get(`/api/v1/search?${query}`));
  const byName = await eventually(
    () => search(`q=${nameWord}`),
    (r) => r.status === 200 && r.body.total === 2,
    { what: 'search to index both remaining products' },
  );
  expect(byName.body.items.map((item: { productId: string }) => item.productId).sort()).toEqual([lamp, chair].sort());
  await eventually(() => search(`q=${newWord}`), (r) => r.body.total === 1 && r.body.items[0].productId === lamp, {
    what: "the edited review's new words to match",
  });
  expect((await search(`q=${oldWord}`)).body.total).toBe(0);
  await eventually(() => search(`q=${nameWord}&inStock=true`), (r) => r.body.total === 1 && r.body.items[0].productId === chair, {
    what: 'the sold-out lamp to leave in-stock results',
  });
  await eventually(() => search(`q=${nameWord}&minRating=4`), (r) => r.body.total === 1 && r.body.items[0].productId === lamp, {
    what: 'minRating to keep only the lamp',
  });
  expect((await call(api.get(`/api/v1/products/${table}`))).status).toBe(404);

  const reviews = await call(api.get(`/api/v1/products/${lamp}/reviews`));
  expect(reviews.body.items).toHaveLength(2);
  return {
    requests,
    products: 3,
    reviews: 3,
    ratings: 6,
    reservations: { succeeded, rejected },
    elapsedMs: Date.now() - started,
  };
}
