import { randomBytes, randomUUID } from 'node:crypto';
import { eventually } from '../../support/eventually';
import { ApiResponse } from '../../support/http-client';
import { startTestApp, TestApp } from '../../support/test-app';
import { tokenFor } from '../../support/tokens';

/** Every kind of caller the security suites play. */
export interface Callers {
  admin: string;
  alice: string;
  bob: string;
  expired: string;
  badSignature: string;
}

/** The application and its callers for one test file: started before its tests, closed after them. */
export interface Shop {
  readonly app: TestApp;
  readonly who: Callers;
}

/** Registers the file's `beforeAll`/`afterAll` that start the app (with `env`) and mint the callers. */
export function shopForThisFile(env: Record<string, string> = {}): Shop {
  const shop = {} as { app: TestApp; who: Callers };
  beforeAll(async () => {
    shop.app = await startTestApp(env);
    shop.who = await callers();
  });
  afterAll(() => shop.app?.close());
  return shop;
}

export async function callers(): Promise<Callers> {
  return {
    admin: await tokenFor('admin-1', { admin: true }),
    alice: await tokenFor('customer-alice'),
    bob: await tokenFor('customer-bob'),
    expired: await tokenFor('customer-alice', { expiresIn: Math.floor(Date.now() / 1000) - 3600 }),
    badSignature: await tokenFor('admin-1', { admin: true, secret: 'not-the-server-secret-but-long-enough-32' }),
  };
}

/** A fresh `Idempotency-Key` (a UUID, as clients are advised to send), and the header carrying it. */
export const newIdempotencyKey = () => randomUUID();
export const withIdempotencyKey = (key: string) => ({ 'idempotency-key': key });

export const newSku = () => `SEC-${randomBytes(5).toString('hex').toUpperCase()}`;

export const productBody = (overrides: Record<string, unknown> = {}) => ({
  sku: newSku(),
  name: 'Security lamp',
  description: 'Bright and well-guarded',
  price: { amount: 1999, currency: 'EUR' },
  initialStock: 10,
  ...overrides,
});

/** Creates a product and waits until reviews, rating and inventory all know it, so every write works on it. */
export async function readyProduct(app: TestApp, adminToken: string, initialStock = 10): Promise<string> {
  const created = await app.api.post('/api/v1/products', productBody({ initialStock }), { token: adminToken });
  if (created.status !== 201) throw new Error(`creating a product failed: ${JSON.stringify(created.body)}`);
  const id: string = created.body.id;
  for (const path of [`/api/v1/products/${id}/reviews`, `/api/v1/products/${id}/rating`, `/api/v1/inventory/${id}`]) {
    await eventually(
      () => app.api.get(path),
      (response) => response.status === 200,
      { what: `${path} to exist` },
    );
  }
  return id;
}

/** Asserts an RFC 9457 problem response with the given status. */
export function expectProblem(response: ApiResponse, status: number): any {
  expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { status } });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status });
  return response.body;
}

/** Row counts of what writes create, to prove that rejected requests changed nothing. */
export async function stateCounts(app: TestApp): Promise<Record<string, number>> {
  const [row] = await app.query(`
    SELECT (SELECT count(*) FROM catalog.products)::int AS products,
           (SELECT count(*) FROM reviews.reviews)::int AS reviews,
           (SELECT count(*) FROM rating.ratings)::int AS ratings,
           (SELECT count(*) FROM inventory.reservations)::int AS reservations,
           (SELECT count(*) FROM messaging.event_store)::int AS events`);
  return row;
}

/** Waits until consumers have settled (no count changes between two reads), then returns the counts. */
export async function settledCounts(app: TestApp): Promise<Record<string, number>> {
  let previous = '';
  const settled = await eventually(
    async () => {
      const unpublished = await app.query(`SELECT 1 FROM messaging.event_store WHERE published_at IS NULL LIMIT 1`);
      const counts = await stateCounts(app);
      const text = JSON.stringify(counts);
      const stable = unpublished.length === 0 && text === previous;
      previous = text;
      return { stable, counts };
    },
    (probe) => probe.stable,
    { what: 'consumers to settle', intervalMs: 300 },
  );
  return settled.counts;
}
