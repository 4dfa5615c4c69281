import { randomUUID } from 'node:crypto';
import { storePastEvents } from '../analytics/analytics-fixtures';
import { rebuild } from '../projections/projection-fixtures';
import { eventually } from '../support/eventually';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { expectedSummary, rateableProduct, summaryBecomes } from './rating-fixtures';

type Point = { bucket: string; end: string; count: number; average: number };

const histogram = (h: Partial<Record<1 | 2 | 3 | 4 | 5, number>>) => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, ...h });

describe('rating trend', () => {
  let app: TestApp;
  let admin: string;

  const trend = async (productId: string, query: string): Promise<Point[]> => {
    const response = await app.api.get<any>(`/api/v1/products/${productId}/rating/trend?${query}`);
    expect(response.status).toBe(200);
    return response.body.points;
  };
  const values = (points: Point[]) => points.map((point) => [point.end, point.count, point.average]);
  const rate = async (productId: string, user: string, stars: number) => {
    const response = await app.api.put(
      `/api/v1/products/${productId}/ratings/me`,
      { stars },
      { token: await tokenFor(user) },
    );
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
  });

  afterAll(() => app?.close());

  it('answers, publicly, the current count and average at the end of the bucket they changed in', async () => {
    const productId = await rateableProduct(app, admin);
    await rate(productId, 'ann', 5);
    await rate(productId, 'bob', 4);
    await rate(productId, 'cy', 2);
    await rate(productId, 'cy', 3);
    await summaryBecomes(app, expectedSummary(productId, [5, 4, 3]));
    for (const bucket of ['day', 'hour']) {
      const points = await eventually(
        () => trend(productId, `bucket=${bucket}`),
        (found) => found[found.length - 1].count === 3,
        { what: `the ${bucket} trend to show three ratings` },
      );
      expect(points).toHaveLength(30);
      expect(points[points.length - 1]).toMatchObject({ count: 3, average: 4 });
      expect(points.slice(0, -2).every((point) => point.count === 0)).toBe(true);
    }
  });

  it('carries the state of each bucket end through quiet buckets, rebuilt from the stored history', async () => {
    const productId = await rateableProduct(app, admin);
    const summary = (version: number, occurredAt: string, h: ReturnType<typeof histogram>) => ({
      type: 'rating.product-rating-recalculated.v1',
      occurredAt,
      streamId: `rating.summary:${productId}`,
      streamVersion: version,
      payload: { productId, average: 0, count: 0, histogram: h },
    });
    await storePastEvents(app.query, [
      summary(1, '2025-03-01T10:00:00Z', histogram({ 5: 1 })),
      summary(3, '2025-03-03T09:00:00Z', histogram({ 5: 1, 3: 1, 1: 1 })),
      summary(2, '2025-03-01T15:00:00Z', histogram({ 5: 1, 3: 1 })),
    ]);
    await rebuild(app, 'rating-trend');
    const days = await trend(productId, 'bucket=day&from=2025-02-28T00:00:00Z&to=2025-03-05T00:00:00Z');
    expect(values(days)).toEqual([
      ['2025-03-01T00:00:00.000Z', 0, 0],
      ['2025-03-02T00:00:00.000Z', 2, 4],
      ['2025-03-03T00:00:00.000Z', 2, 4],
      ['2025-03-04T00:00:00.000Z', 3, 3],
      ['2025-03-05T00:00:00.000Z', 3, 3],
    ]);
    const hours = await trend(productId, 'bucket=hour&from=2025-03-01T09:30:00Z&to=2025-03-01T11:00:00Z');
    expect(values(hours)).toEqual([
      ['2025-03-01T10:00:00.000Z', 0, 0],
      ['2025-03-01T11:00:00.000Z', 1, 5],
    ]);
    const later = await trend(productId, 'bucket=day&from=2025-03-10T00:00:00Z&to=2025-03-11T00:00:00Z');
    expect(values(later)).toEqual([['2025-03-11T00:00:00.000Z', 3, 3]]);
  });

  it('refuses a bad bucket or range, and an unknown product', async () => {
    const productId = await rateableProduct(app, admin);
    for (const query of [
      'bucket=minute',
      'bucket=week',
      'from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z',
      'from=not-a-date',
      'bucket=hour&from=2000-01-01T00:00:00Z&to=2025-01-01T00:00:00Z',
    ]) {
      const response = await app.api.get(`/api/v1/products/${productId}/rating/trend?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
    }
    expect((await app.api.get(`/api/v1/products/${randomUUID()}/rating/trend`)).status).toBe(404);
    expect((await app.api.get(`/api/v1/products/not-a-uuid/rating/trend`)).status).toBe(400);
  });
});
