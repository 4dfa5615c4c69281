import { randomUUID } from 'node:crypto';
import {
  PRODUCT_RATED,
  REVIEW_ADDED,
  STOCK_RESERVED,
  PastEvent,
  productRated,
  reviewAdded,
  stockReserved,
  storePastEvents,
} from '../analytics/analytics-fixtures';
import { expectedSummary, rateableProduct, summaryBecomes } from '../rating/rating-fixtures';
import { eventually } from '../support/eventually';
import { SplitDeployment, SplitModule } from '../support/split-deployment';
import { tokenFor } from '../support/tokens';

// Real processes on a 2-core machine: a rare scheduling stall must not fail CI; a real defect fails every attempt.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

const P1 = randomUUID();
const P2 = randomUUID();

/** Each service stores only its own module's events: the history of March 2025, per service. */
const HISTORY: Partial<Record<SplitModule, PastEvent[]>> = {
  reviews: [reviewAdded(P1, '2025-03-01T08:00:00Z'), reviewAdded(P1, '2025-03-01T09:00:00Z')],
  rating: [
    productRated(P1, '2025-03-01T08:00:00Z'),
    productRated(P2, '2025-03-01T10:00:00Z'),
    productRated(P2, '2025-03-02T10:00:00Z'),
  ],
  inventory: [stockReserved(P2, 3, '2025-03-01T12:00:00Z')],
};

/**
 * Analytics through the gateway with a database per service: every service counts the events of
 * its own store, the gateway sums them; the rating trend is served by the rating service.
 */
describe('analytics across services behind the gateway', () => {
  let deployment: SplitDeployment;
  let admin: string;
  const get = (path: string, token = admin) => deployment.api.get<any>(path, { token });

  beforeAll(async () => {
    deployment = await SplitDeployment.start();
    admin = await tokenFor('admin-analytics', { admin: true });
    for (const [module, events] of Object.entries(HISTORY)) {
      await storePastEvents((sql, params) => deployment.query(module as SplitModule, sql, params), events);
    }
  }, 180000);

  afterAll(() => deployment?.stop());

  it('sums the counts of every service per bucket and type', async () => {
    const response = await get('/api/v1/analytics/events?bucket=day&from=2025-03-01T00:00:00Z&to=2025-03-03T00:00:00Z');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      bucket: 'day',
      from: '2025-03-01T00:00:00.000Z',
      to: '2025-03-03T00:00:00.000Z',
      items: [
        { bucket: '2025-03-01T00:00:00.000Z', type: STOCK_RESERVED, count: 1 },
        { bucket: '2025-03-01T00:00:00.000Z', type: PRODUCT_RATED, count: 2 },
        { bucket: '2025-03-01T00:00:00.000Z', type: REVIEW_ADDED, count: 2 },
        { bucket: '2025-03-02T00:00:00.000Z', type: PRODUCT_RATED, count: 1 },
      ],
    });
    const prefix = await get(
      '/api/v1/analytics/events?bucket=hour&type=rating.*&from=2025-03-01T00:00:00Z&to=2025-03-02T00:00:00Z',
    );
    expect(prefix.body.items.map((item: any) => [item.bucket, item.count])).toEqual([
      ['2025-03-01T08:00:00.000Z', 1],
      ['2025-03-01T10:00:00.000Z', 1],
    ]);
  });

  it('merges the top lists per product and keeps the limit', async () => {
    const top = async (query: string) => {
      const response = await get(
        `/api/v1/analytics/products/top?from=2025-01-01T00:00:00Z&to=2025-06-01T00:00:00Z&${query}`,
      );
      expect(response.status).toBe(200);
      return response.body.items.map((item: any) => [item.id, item.total]);
    };
    expect(await top('by=ratings')).toEqual([
      [P2, 2],
      [P1, 1],
    ]);
    expect(await top('by=ratings&limit=1')).toEqual([[P2, 2]]);
    expect(await top('by=reviews')).toEqual([[P1, 2]]);
    expect(await top('by=reserved-units')).toEqual([[P2, 3]]);
  });

  it("passes the services' refusals on: 401, 403 and 400 problems", async () => {
    expect((await deployment.api.get('/api/v1/analytics/events')).status).toBe(401);
    expect((await get('/api/v1/analytics/products/top?by=ratings', await tokenFor('customer-1'))).status).toBe(403);
    const bad = await get('/api/v1/analytics/events?bucket=week');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await get('/api/v1/analytics/products/top?by=views')).status).toBe(400);
  });

  it('routes the rating trend to the rating service', async () => {
    const productId = await rateableProduct(deployment, admin);
    for (const [user, stars] of [
      ['ann', 5],
      ['bob', 2],
    ] as const) {
      const rated = await deployment.api.put(
        `/api/v1/products/${productId}/ratings/me`,
        { stars },
        { token: await tokenFor(user) },
      );
      expect(rated.status).toBe(200);
    }
    await summaryBecomes(deployment, expectedSummary(productId, [5, 2]));
    const points = await eventually(
      () =>
        deployment.api.get<any>(`/api/v1/products/${productId}/rating/trend?bucket=hour`).then((r) => r.body.points),
      (found: any[]) => found?.[found.length - 1]?.count === 2,
      { what: 'the trend through the gateway to show two ratings' },
    );
    expect(points[points.length - 1]).toMatchObject({ count: 2, average: 3.5 });
  });
});
