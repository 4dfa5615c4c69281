import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';
import { callers, Callers, productBody, readyProduct } from './support/fixtures';
import { isWrite, liveDocument, needsToken, OpenApiDocument, operationName, operationsOf } from './support/openapi';
import { isProblem, probe, Probed } from './support/probe';

type Caller = keyof Callers | 'anonymous';
type Actor = 'alice' | 'bob' | 'admin';

/** One request, prepared on fresh state by `arrange`; `alice` is the customer who owns what was arranged. */
interface Prepared {
  path: string;
  body?: unknown;
}

interface MatrixEntry {
  arrange(): Promise<Prepared>;
  /** The documented outcome for each valid caller; every invalid or missing token is a 401. */
  expected: Record<Actor, number>;
  /** False for writes that redeliver stored events rather than record new ones. */
  recordsEvents?: boolean;
}

const UNAUTHENTICATED: Caller[] = ['anonymous', 'badSignature', 'expired'];
const ACTORS: Actor[] = ['alice', 'bob', 'admin'];

describe('authorization matrix of every protected operation', () => {
  let app: TestApp;
  let who: Callers;
  let document: OpenApiDocument;

  const send = (caller: Caller, method: string, prepared: Prepared) =>
    probe(app.baseUrl, {
      method,
      path: prepared.path,
      body: prepared.body,
      token: caller === 'anonymous' ? undefined : who[caller],
      headers: { 'x-correlation-id': `matrix-${randomUUID()}` },
    });

  /** Events recorded by the request itself (and by consumers of them) carry its correlation id. */
  const eventsOf = async (response: Probed) =>
    (
      await app.query(`SELECT count(*)::int AS n FROM messaging.event_store WHERE correlation_id = $1`, [
        response.headers.get('x-correlation-id'),
      ])
    )[0].n;

  const product = async () => readyProduct(app, who.admin);
  const review = async (productId: string) => {
    const added = await app.api.post(
      `/api/v1/products/${productId}/reviews`,
      { title: 'Mine', body: 'Written by alice.' },
      { token: who.alice },
    );
    if (added.status !== 201) throw new Error(`arranging a review failed: ${JSON.stringify(added.body)}`);
    return added.body.id as string;
  };
  const rated = async () => {
    const productId = await product();
    const rating = await app.api.put(`/api/v1/products/${productId}/ratings/me`, { stars: 5 }, { token: who.alice });
    if (rating.status !== 200) throw new Error(`arranging a rating failed: ${JSON.stringify(rating.body)}`);
    return productId;
  };

  const customerWrite = { alice: 201, bob: 201, admin: 201 };
  const adminOnly = (status: number) => ({ alice: 403, bob: 403, admin: status });

  const MATRIX: Record<string, MatrixEntry> = {
    'POST /api/v1/products': {
      arrange: async () => ({ path: '/api/v1/products', body: productBody() }),
      expected: adminOnly(201),
    },
    'PATCH /api/v1/products/{id}': {
      arrange: async () => ({ path: `/api/v1/products/${await product()}`, body: { name: 'Renamed' } }),
      expected: adminOnly(200),
    },
    'DELETE /api/v1/products/{id}': {
      arrange: async () => ({ path: `/api/v1/products/${await product()}` }),
      expected: adminOnly(204),
    },
    'POST /api/v1/products/{id}/reviews': {
      arrange: async () => ({
        path: `/api/v1/products/${await product()}/reviews`,
        body: { title: 'Hi', body: 'Fine.' },
      }),
      expected: customerWrite,
    },
    'PATCH /api/v1/reviews/{id}': {
      arrange: async () => ({ path: `/api/v1/reviews/${await review(await product())}`, body: { title: 'Edited' } }),
      // A review speaks for its author: not even an admin edits it.
      expected: { alice: 200, bob: 403, admin: 403 },
    },
    'DELETE /api/v1/reviews/{id}': {
      arrange: async () => ({ path: `/api/v1/reviews/${await review(await product())}` }),
      expected: { alice: 204, bob: 403, admin: 204 },
    },
    'PUT /api/v1/products/{id}/ratings/me': {
      arrange: async () => ({ path: `/api/v1/products/${await rated()}/ratings/me`, body: { stars: 1 } }),
      expected: { alice: 200, bob: 200, admin: 200 },
    },
    'DELETE /api/v1/products/{id}/ratings/me': {
      arrange: async () => ({ path: `/api/v1/products/${await rated()}/ratings/me` }),
      // `me` is the caller: bob and the admin have no rating of their own there.
      expected: { alice: 204, bob: 404, admin: 404 },
    },
    'POST /api/v1/inventory/{productId}/reservations': {
      arrange: async () => ({ path: `/api/v1/inventory/${await product()}/reservations`, body: { quantity: 1 } }),
      expected: customerWrite,
    },
    'POST /api/v1/inventory/{productId}/restock': {
      arrange: async () => ({ path: `/api/v1/inventory/${await product()}/restock`, body: { quantity: 5 } }),
      expected: adminOnly(200),
    },
    'GET /api/v1/events': { arrange: async () => ({ path: '/api/v1/events?limit=5' }), expected: adminOnly(200) },
    'GET /api/v1/analytics/events': {
      arrange: async () => ({ path: '/api/v1/analytics/events?bucket=day' }),
      expected: adminOnly(200),
    },
    'GET /api/v1/analytics/products/top': {
      arrange: async () => ({ path: '/api/v1/analytics/products/top?by=reviews' }),
      expected: adminOnly(200),
    },
    'GET /api/v1/events/stream': { arrange: async () => ({ path: '/api/v1/events/stream' }), expected: adminOnly(200) },
    'GET /api/v1/products/{id}/timeline': {
      arrange: async () => ({ path: `/api/v1/products/${await product()}/timeline` }),
      expected: adminOnly(200),
    },
    'GET /api/v1/admin/dead-letters': {
      arrange: async () => ({ path: '/api/v1/admin/dead-letters' }),
      expected: adminOnly(200),
    },
    'POST /api/v1/admin/dead-letters/redrive': {
      arrange: async () => ({ path: '/api/v1/admin/dead-letters/redrive?consumer=search.index-review' }),
      expected: adminOnly(202),
      recordsEvents: false,
    },
    'POST /api/v1/admin/dead-letters/{id}/redrive': {
      // No consumer fails here, so there is no dead letter to redrive: the admin learns that it is unknown.
      arrange: async () => ({ path: '/api/v1/admin/dead-letters/999999999/redrive' }),
      expected: adminOnly(404),
    },
  };

  beforeAll(async () => {
    app = await startTestApp();
    who = await callers();
    document = await liveDocument(app.baseUrl);
  });
  afterAll(() => app?.close());

  it('covers every write and every operation that needs a token in the live OpenAPI document', () => {
    const protectedOperations = operationsOf(document)
      .filter((operation) => isWrite(operation) || needsToken(operation))
      .map(operationName);
    expect(protectedOperations.filter((name) => !(name in MATRIX))).toEqual([]);
    const documented = new Set(operationsOf(document).map(operationName));
    expect(Object.keys(MATRIX).filter((name) => !documented.has(name))).toEqual([]);
  });

  it('documents a bearer requirement on every write', () => {
    const unprotected = operationsOf(document).filter((operation) => isWrite(operation) && !needsToken(operation));
    expect(unprotected.map(operationName)).toEqual([]);
  });

  describe.each(Object.entries(MATRIX))('%s', (name, entry) => {
    const method = name.split(' ')[0];

    it('answers a missing, forged or expired token with 401 and no effect', async () => {
      const prepared = await entry.arrange();
      for (const caller of UNAUTHENTICATED) {
        const response = await send(caller, method, prepared);
        expect({ caller, status: response.status, problem: isProblem(response) }).toEqual({
          caller,
          status: 401,
          problem: true,
        });
        expect(await eventsOf(response)).toBe(0);
      }
    });

    it.each(ACTORS)('answers %s as documented', async (actor) => {
      const response = await send(actor, method, await entry.arrange());
      expect({ actor, status: response.status }).toEqual({ actor, status: entry.expected[actor] });
      if (response.status >= 400) {
        expect(isProblem(response)).toBe(true);
        expect(await eventsOf(response)).toBe(0);
      } else if (method !== 'GET' && entry.recordsEvents !== false) {
        expect(await eventsOf(response)).toBeGreaterThan(0);
      }
    });
  });

  describe('broken object-level authorization', () => {
    it("leaves another customer's review untouched when they try to edit or delete it", async () => {
      const reviewId = await review(await product());
      const before = (await app.api.get(`/api/v1/reviews/${reviewId}`)).body;
      const edit = await app.api.patch(`/api/v1/reviews/${reviewId}`, { title: 'Hijacked' }, { token: who.bob });
      const remove = await app.api.delete(`/api/v1/reviews/${reviewId}`, { token: who.bob });
      expect([edit.status, remove.status]).toEqual([403, 403]);
      expect((await app.api.get(`/api/v1/reviews/${reviewId}`)).body).toEqual(before);
    });

    it("never lets one customer's rating calls touch another's rating", async () => {
      const productId = await rated();
      const path = `/api/v1/products/${productId}/ratings/me`;
      expect((await app.api.put(path, { stars: 1 }, { token: who.bob })).body).toMatchObject({
        userId: 'customer-bob',
      });
      expect((await app.api.delete(path, { token: who.bob })).status).toBe(204);
      expect((await app.api.delete(path, { token: who.bob })).status).toBe(404);
      const ratings = await app.query(
        `SELECT user_id, stars FROM rating.ratings WHERE product_id = $1 ORDER BY user_id`,
        [productId],
      );
      expect(ratings).toEqual([
        { user_id: 'customer-alice', stars: 5 },
        { user_id: 'customer-bob', stars: null },
      ]);
    });

    it('takes the author of a review from the token, never from the request', async () => {
      const productId = await product();
      const forged = await app.api.post(
        `/api/v1/products/${productId}/reviews`,
        { title: 'Hi', body: 'Fine.', authorId: 'customer-alice' },
        { token: who.bob },
      );
      expect(forged.status).toBe(400);
      const added = await app.api.post(
        `/api/v1/products/${productId}/reviews`,
        { title: 'Hi', body: 'Fine.' },
        { token: who.bob },
      );
      expect(added.body.authorId).toBe('customer-bob');
    });
  });
});
