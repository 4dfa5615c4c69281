import { randomBytes } from 'node:crypto';
import { ApiClient, createApiClient } from '../../clients/typescript/src';
import { eventually } from '../support/eventually';
import { ContractLog, contractChecking, emptyContractLog, OpenApiContract } from '../support/openapi-contract';
import { tokenFor } from '../support/tokens';

/** Numbers the scenario reports so runs in different modes can be compared. */
export interface ScenarioReport {
  requests: number;
  products: number;
  reviews: number;
  ratings: number;
  reservations: { succeeded: number; rejected: number };
  elapsedMs: number;
  /** Every request and response checked against the committed openapi.json. */
  contract: { operations: number; violations: string[] };
}

/** Where the API is: a base URL, or anything that has one (a test app, an `HttpClient`, a deployment). */
export type ScenarioTarget = string | { baseUrl: string };

const word = () => `zq${randomBytes(4).toString('hex')}`;

/**
 * The platform's whole choreography driven only through the public REST API with the typed client
 * generated from openapi.json, so it runs unchanged against the in-process monolith, the RabbitMQ
 * monolith and the split deployment behind the gateway, and breaks at compile time when the
 * committed contract no longer offers what it uses. Every request and response is also checked
 * against that document at run time (the report lists the violations).
 */
export async function runPlatformScenario(target: ScenarioTarget, secret?: string): Promise<ScenarioReport> {
  const started = Date.now();
  const baseUrl = typeof target === 'string' ? target : target.baseUrl;
  let requests = 0;
  const contract = OpenApiContract.committed();
  const log: ContractLog = emptyContractLog();
  const clientAs = async (user?: { sub: string; admin?: boolean }): Promise<ApiClient> => {
    const token = user && (await tokenFor(user.sub, { admin: user.admin, secret }));
    const client = createApiClient({ baseUrl, token });
    client.use({ onRequest: () => void requests++ }, contractChecking(contract, log));
    return client;
  };
  const anyone = await clientAs();
  const admin = await clientAs({ sub: `admin-${word()}`, admin: true });
  const alice = await clientAs({ sub: `alice-${word()}` });
  const bob = await clientAs({ sub: `bob-${word()}` });
  const carol = await clientAs({ sub: `carol-${word()}` });
  const nameWord = word();
  const oldWord = word();
  const newWord = word();

  const create = async (label: string, initialStock: number) => {
    const { data, response } = await admin.POST('/api/v1/products', {
      body: {
        sku: `SKU-${word()}`.toUpperCase(),
        name: `${nameWord} ${label}`,
        description: `A ${label} made for the scenario`,
        price: { amount: 1299, currency: 'EUR' },
        initialStock,
      },
    });
    expect(response.status).toBe(201);
    return data!.id;
  };
  const lamp = await create('lamp', 5);
  const chair = await create('chair', 3);
  const table = await create('table', 10);
  const product = (id: string) => ({ params: { path: { id } } });

  // Optimistic concurrency: a change based on the current ETag succeeds, one based on an old one is refused.
  const repriced = await admin.PATCH('/api/v1/products/{id}', {
    params: { path: { id: table }, header: { 'If-Match': '"1"' } },
    body: { price: { amount: 1499, currency: 'EUR' } },
  });
  expect({ status: repriced.response.status, etag: repriced.response.headers.get('etag') }).toEqual({
    status: 200,
    etag: '"2"',
  });
  const stale = await admin.PATCH('/api/v1/products/{id}', {
    params: { path: { id: table }, header: { 'If-Match': '"1"' } },
    body: { description: 'Changed by someone who did not see the new price' },
  });
  expect(stale.response.status).toBe(412);
  const firstPage = await anyone.GET('/api/v1/products', { params: { query: { limit: 2 } } });
  expect(firstPage.data!.items).toHaveLength(2);

  // Each module learns about products from catalog events: wait until all of them know.
  for (const id of [lamp, chair, table]) {
    await eventually(
      () => anyone.GET('/api/v1/inventory/{productId}', { params: { path: { productId: id } } }),
      (r) => r.response.status === 200,
      { what: 'inventory' },
    );
    await eventually(
      () => anyone.GET('/api/v1/products/{id}/rating', product(id)),
      (r) => r.response.status === 200,
      { what: 'rating' },
    );
  }

  const review = (id: string, as: ApiClient, title: string, body: string) =>
    eventually(
      () => as.POST('/api/v1/products/{id}/reviews', { ...product(id), body: { title, body } }),
      (r) => r.response.status !== 404,
      { what: 'reviews to know the product' },
    );
  const aliceReview = await review(lamp, alice, 'Bright', `Lights my desk, ${oldWord} quality`);
  expect(aliceReview.response.status).toBe(201);
  const bobReview = await review(lamp, bob, 'Fine', 'Does the job');
  expect(bobReview.response.status).toBe(201);
  const again = await bob.POST('/api/v1/products/{id}/reviews', {
    ...product(lamp),
    body: { title: 'Again', body: 'x' },
  });
  expect(again.response.status).toBe(409);
  const chairReview = await review(chair, alice, 'Wobbly', 'Not great');
  expect(chairReview.response.status).toBe(201);

  const aliceReviewPath = { params: { path: { id: aliceReview.data!.id } } };
  const edited = await alice.PATCH('/api/v1/reviews/{id}', {
    ...aliceReviewPath,
    body: { body: `Lights my desk, ${newWord} quality` },
  });
  expect(edited.response.status).toBe(200);
  expect(
    (await bob.PATCH('/api/v1/reviews/{id}', { ...aliceReviewPath, body: { body: 'hijack' } })).response.status,
  ).toBe(403);
  const deleted = await alice.DELETE('/api/v1/reviews/{id}', { params: { path: { id: chairReview.data!.id } } });
  expect(deleted.response.status).toBe(204);

  const read = await anyone.GET('/api/v1/reviews/{id}', aliceReviewPath);
  expect(read.response.headers.get('etag')).toBe(`"${edited.data!.version}"`);

  const rate = async (id: string, as: ApiClient, stars: number) =>
    expect(
      (await as.PUT('/api/v1/products/{id}/ratings/me', { ...product(id), body: { stars } })).response.status,
    ).toBe(200);
  await rate(lamp, alice, 5);
  await rate(lamp, bob, 3);
  await rate(lamp, bob, 4);
  await rate(lamp, carol, 1);
  expect((await carol.DELETE('/api/v1/products/{id}/ratings/me', product(lamp))).response.status).toBe(204);
  await rate(chair, carol, 2);
  const finalLampVotes = [5, 4];

  const reservations = await Promise.all(
    Array.from({ length: 8 }, () =>
      carol.POST('/api/v1/inventory/{productId}/reservations', {
        params: { path: { productId: lamp } },
        body: { quantity: 1 },
      }),
    ),
  );
  const succeeded = reservations.filter((r) => r.response.status === 201).length;
  const rejected = reservations.filter((r) => r.response.status === 409).length;
  expect({ succeeded, rejected }).toEqual({ succeeded: 5, rejected: 3 });
  // A retried checkout with the same Idempotency-Key gets the first answer again, and reserves nothing more.
  const retried = await bob.POST('/api/v1/inventory/{productId}/reservations', {
    params: { path: { productId: chair }, header: { 'Idempotency-Key': 'scenario-checkout-1' } },
    body: { quantity: 1 },
  });
  const retry = await bob.POST('/api/v1/inventory/{productId}/reservations', {
    params: { path: { productId: chair }, header: { 'Idempotency-Key': 'scenario-checkout-1' } },
    body: { quantity: 1 },
  });
  expect(retry.response.headers.get('idempotent-replayed')).toBe('true');
  expect(retry.data).toEqual(retried.data);
  const restocked = await admin.POST('/api/v1/inventory/{productId}/restock', {
    params: { path: { productId: chair } },
    body: { quantity: 2 },
  });
  expect(restocked.data).toMatchObject({ onHand: 5, available: 4 });

  expect((await admin.DELETE('/api/v1/products/{id}', product(table))).response.status).toBe(204);

  // Every read model converges.
  const expectedAverage = Math.round((finalLampVotes.reduce((a, b) => a + b, 0) / finalLampVotes.length) * 100) / 100;
  const summary = await eventually(
    () => anyone.GET('/api/v1/products/{id}/rating', product(lamp)),
    (r) => r.data?.count === 2 && r.data.average === expectedAverage,
    { what: 'rating summary' },
  );
  expect(summary.data!.histogram).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 });
  await eventually(
    () => anyone.GET('/api/v1/products/{id}', product(lamp)),
    (r) =>
      r.data?.rating?.average === expectedAverage &&
      r.data.rating.count === 2 &&
      r.data.availability?.inStock === false &&
      r.data.availability.available === 0,
    { what: 'catalog enrichment of the lamp' },
  );
  const inventory = await anyone.GET('/api/v1/inventory/{productId}', { params: { path: { productId: lamp } } });
  expect(inventory.data).toMatchObject({ onHand: 5, available: 0 });

  type SearchQuery = { q: string; minRating?: number; inStock?: 'true' | 'false' };
  const search = (query: SearchQuery) => anyone.GET('/api/v1/search', { params: { query } });
  const onlyHit = (r: Awaited<ReturnType<typeof search>>, id: string) =>
    r.data?.total === 1 && r.data.items[0].productId === id;
  const byName = await eventually(
    () => search({ q: nameWord }),
    (r) => r.data?.total === 2,
    { what: 'search to index both remaining products' },
  );
  expect(byName.data!.items.map((item) => item.productId).sort()).toEqual([lamp, chair].sort());
  await eventually(
    () => search({ q: newWord }),
    (r) => onlyHit(r, lamp),
    {
      what: "the edited review's new words to match",
    },
  );
  expect((await search({ q: oldWord })).data!.total).toBe(0);
  await eventually(
    () => search({ q: nameWord, inStock: 'true' }),
    (r) => onlyHit(r, chair),
    {
      what: 'the sold-out lamp to leave in-stock results',
    },
  );
  await eventually(
    () => search({ q: nameWord, minRating: 4 }),
    (r) => onlyHit(r, lamp),
    {
      what: 'minRating to keep only the lamp',
    },
  );
  expect((await anyone.GET('/api/v1/products/{id}', product(table))).response.status).toBe(404);

  const reviews = await anyone.GET('/api/v1/products/{id}/reviews', product(lamp));
  expect(reviews.data!.items).toHaveLength(2);

  // What operators see of it all.
  const timeline = await admin.GET('/api/v1/products/{id}/timeline', product(lamp));
  expect(timeline.data!.items.map((event) => event.type)).toContain('catalog.product-created.v2');
  const events = await admin.GET('/api/v1/events', { params: { query: { type: 'reviews.*', limit: 5 } } });
  expect(events.response.status).toBe(200);
  const deadLetters = await admin.GET('/api/v1/admin/dead-letters', { params: { query: { status: 'pending' } } });
  expect(deadLetters.response.status).toBe(200);
  return {
    requests,
    products: 3,
    reviews: 3,
    ratings: 6,
    reservations: { succeeded, rejected },
    elapsedMs: Date.now() - started,
    contract: { operations: log.operations.size, violations: log.violations },
  };
}
