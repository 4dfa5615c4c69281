import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { eventually } from '../support/eventually';
import { TestApp } from '../support/test-app';

export type Histogram = Record<'1' | '2' | '3' | '4' | '5', number>;

export interface RatingSummary {
  productId: string;
  average: number;
  count: number;
  histogram: Histogram;
}

/** The summary a client should read for these final votes, computed independently of the server. */
export function expectedSummary(productId: string, votes: readonly number[]): RatingSummary {
  const histogram: Histogram = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  votes.forEach((stars) => (histogram[String(stars) as keyof Histogram] += 1));
  const sum = votes.reduce((total, stars) => total + stars, 0);
  const average = votes.length === 0 ? 0 : Math.round((sum * 100) / votes.length) / 100;
  return { productId, average, count: votes.length, histogram };
}

/** Creates a catalog product as admin and waits until the rating module has learnt about it. */
export async function rateableProduct(app: Pick<TestApp, 'api'>, adminToken: string): Promise<string> {
  const created = await app.api.post(
    '/api/v1/products',
    {
      sku: `RATE-${randomUUID().slice(0, 8).toUpperCase()}`,
      name: 'Walking boots',
      description: 'Waterproof leather.',
      price: { amount: 12900, currency: 'EUR' },
      initialStock: 3,
    },
    { token: adminToken },
  );
  expect(created.status).toBe(201);
  const productId: string = created.body.id;
  await eventually(
    () => app.api.get(`/api/v1/products/${productId}/rating`),
    (response) => response.status === 200,
    { what: `product ${productId} to become rateable` },
  );
  return productId;
}

/** Waits until the rating summary of the product equals `expected`. */
export function summaryBecomes(app: Pick<TestApp, 'api'>, expected: RatingSummary): Promise<unknown> {
  return eventually(
    () => app.api.get<RatingSummary>(`/api/v1/products/${expected.productId}/rating`).then((response) => response.body),
    (summary) => isDeepStrictEqual(summary, expected),
    { what: `rating summary ${JSON.stringify(expected)}` },
  );
}

/** Events of one stream, oldest first, as stored in the event store. */
export function storedEvents(app: TestApp, streamId: string) {
  return app.query<{ type: string; stream_version: number; payload: Record<string, unknown> }>(
    `SELECT type, stream_version, payload FROM messaging.event_store WHERE stream_id = $1 ORDER BY stream_version`,
    [streamId],
  );
}
