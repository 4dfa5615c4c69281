import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AnalyticsRollupWorker } from '../../src/operations/analytics/analytics-rollup.worker';
import { createProduct } from '../event-store/event-store-fixtures';
import { eventually } from '../support/eventually';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import {
  PRODUCT_RATED,
  REVIEW_ADDED,
  STOCK_RESERVED,
  productRated,
  reviewAdded,
  stockReserved,
  storePastEvents,
} from './analytics-fixtures';

type Counts = { bucket: string; type: string; count: number }[];

const P1 = randomUUID();
const P2 = randomUUID();
const P3 = randomUUID();

/**
 * Three days of March 2025: 2025-03-01 (10:15, 10:15, 10:45, 11:30), 2025-03-02 (23:59:59) and
 * 2025-03-03 (00:00), split so part of it is folded into the rollups and part is still after the
 * checkpoint when the suite asks.
 */
const FOLDED = [
  reviewAdded(P1, '2025-03-01T10:15:10Z'),
  reviewAdded(P1, '2025-03-01T10:15:50Z'),
  reviewAdded(P2, '2025-03-01T10:45:00Z'),
  productRated(P2, '2025-03-01T11:30:00Z'),
  stockReserved(P3, 5, '2025-03-01T11:30:00Z'),
];
const LATER = [
  reviewAdded(P1, '2025-03-02T23:59:59Z'),
  productRated(P2, '2025-03-02T23:59:59Z'),
  productRated(P3, '2025-03-03T00:00:00Z'),
  stockReserved(P1, 1, '2025-03-03T00:00:00Z'),
  stockReserved(P1, 1, '2025-03-03T00:00:00Z'),
];

describe('analytics over the event history', () => {
  let app: TestApp;
  let admin: string;
  let customer: string;
  const get = (path: string, token = admin) => app.api.get<any>(path, { token });
  const counts = async (query: string): Promise<Counts> => {
    const response = await get(`/api/v1/analytics/events?${query}`);
    expect(response.status).toBe(200);
    return response.body.items;
  };
  const worker = () => app.running.app.get(AnalyticsRollupWorker);
  const latestPosition = async () =>
    BigInt((await app.query(`SELECT max(position)::text AS position FROM messaging.event_store`))[0].position);
  /**
   * Runs `work` while another session holds the rollup checkpoint, so the worker folds nothing meanwhile;
   * `unfolded`: whether stored events were still after the checkpoint once `work` was done.
   */
  const holdRollup = async <T>(work: () => Promise<T>): Promise<{ result: T; unfolded: boolean }> => {
    const holder = new Client({ connectionString: app.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      const held = await holder.query(`SELECT position::text AS position FROM analytics.rollup_checkpoint FOR UPDATE`);
      const result = await work();
      return { result, unfolded: BigInt(held.rows[0].position) < (await latestPosition()) };
    } finally {
      await holder.query('COMMIT');
      await holder.end();
    }
  };
  const whileRollupHeld = async <T>(work: () => Promise<T>): Promise<T> => {
    const { result, unfolded } = await holdRollup(work);
    expect(unfolded).toBe(true);
    return result;
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
    customer = await tokenFor('customer-1');
    await storePastEvents(app.query, FOLDED);
    await worker().catchUp();
    const [{ position }] = await app.query(`SELECT max(position)::text AS position FROM messaging.event_store`);
    const [checkpoint] = await app.query(`SELECT position::text AS position FROM analytics.rollup_checkpoint`);
    expect(BigInt(checkpoint.position)).toBeGreaterThanOrEqual(BigInt(position));
  });

  afterAll(() => app?.close());

  it('counts events per day and type, exact with events the rollup has not folded yet', async () => {
    // The worker waits for the checkpoint row meanwhile, so LATER stays after the checkpoint.
    const items = await whileRollupHeld(async () => {
      await storePastEvents(app.query, LATER);
      return counts('bucket=day&from=2025-03-01T00:00:00Z&to=2025-03-04T00:00:00Z');
    });
    expect(items).toEqual([
      { bucket: '2025-03-01T00:00:00.000Z', type: STOCK_RESERVED, count: 1 },
      { bucket: '2025-03-01T00:00:00.000Z', type: PRODUCT_RATED, count: 1 },
      { bucket: '2025-03-01T00:00:00.000Z', type: REVIEW_ADDED, count: 3 },
      { bucket: '2025-03-02T00:00:00.000Z', type: PRODUCT_RATED, count: 1 },
      { bucket: '2025-03-02T00:00:00.000Z', type: REVIEW_ADDED, count: 1 },
      { bucket: '2025-03-03T00:00:00.000Z', type: STOCK_RESERVED, count: 2 },
      { bucket: '2025-03-03T00:00:00.000Z', type: PRODUCT_RATED, count: 1 },
    ]);
  });

  it('counts per hour and per minute', async () => {
    const hours = await counts('bucket=hour&type=reviews.*&from=2025-03-01T00:00:00Z&to=2025-03-02T00:00:00Z');
    expect(hours).toEqual([{ bucket: '2025-03-01T10:00:00.000Z', type: REVIEW_ADDED, count: 3 }]);
    const minutes = await counts('bucket=minute&from=2025-03-01T10:00:00Z&to=2025-03-01T11:00:00Z');
    expect(minutes).toEqual([
      { bucket: '2025-03-01T10:15:00.000Z', type: REVIEW_ADDED, count: 2 },
      { bucket: '2025-03-01T10:45:00.000Z', type: REVIEW_ADDED, count: 1 },
    ]);
  });

  it('filters by exact type and by prefix', async () => {
    const range = 'bucket=day&from=2025-03-01T00:00:00Z&to=2025-03-04T00:00:00Z';
    const exact = await counts(`${range}&type=${PRODUCT_RATED}`);
    expect(exact.map((item) => [item.bucket.slice(0, 10), item.count])).toEqual([
      ['2025-03-01', 1],
      ['2025-03-02', 1],
      ['2025-03-03', 1],
    ]);
    const prefix = await counts(`${range}&type=inventory.*`);
    expect(prefix.map((item) => [item.type, item.count])).toEqual([
      [STOCK_RESERVED, 1],
      [STOCK_RESERVED, 2],
    ]);
    expect(await counts(`${range}&type=rating.product-rated.v`)).toEqual([]);
  });

  it('bounds by from and to, widened to whole buckets and stated in the answer', async () => {
    const response = await get('/api/v1/analytics/events?bucket=day&from=2025-03-02T12:00:00Z&to=2025-03-03T00:00:00Z');
    expect(response.body).toMatchObject({
      bucket: 'day',
      from: '2025-03-02T00:00:00.000Z',
      to: '2025-03-03T00:00:00.000Z',
    });
    expect(response.body.items.map((item: any) => item.bucket)).toEqual([
      '2025-03-02T00:00:00.000Z',
      '2025-03-02T00:00:00.000Z',
    ]);
    const edge = await counts('bucket=minute&from=2025-03-02T23:59:00Z&to=2025-03-03T00:00:00Z');
    expect(edge.map((item) => item.count)).toEqual([1, 1]);
  });

  it('refuses a bad bucket, type or range with a problem', async () => {
    for (const query of [
      'bucket=week',
      'type=Reviews.*',
      'from=yesterday',
      'from=2025-13-01T00:00:00Z',
      'from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z',
      'bucket=minute&from=2024-01-01T00:00:00Z&to=2025-01-01T00:00:00Z',
    ]) {
      const response = await get(`/api/v1/analytics/events?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('is for admins only', async () => {
    expect((await app.api.get('/api/v1/analytics/events')).status).toBe(401);
    expect((await get('/api/v1/analytics/events', customer)).status).toBe(403);
    expect((await app.api.get('/api/v1/analytics/products/top?by=reviews')).status).toBe(401);
    expect((await get('/api/v1/analytics/products/top?by=reviews', customer)).status).toBe(403);
  });

  it('lists the top products of each declared measure, ordered, limited and bounded', async () => {
    const top = async (query: string) => {
      const response = await get(
        `/api/v1/analytics/products/top?from=2025-01-01T00:00:00Z&to=2025-06-01T00:00:00Z&${query}`,
      );
      expect(response.status).toBe(200);
      return response.body.items.map((item: any) => [item.id, item.total]);
    };
    expect(await top('by=reviews')).toEqual([
      [P1, 3],
      [P2, 1],
    ]);
    expect(await top('by=reviews&limit=1')).toEqual([[P1, 3]]);
    expect(await top('by=ratings')).toEqual([
      [P2, 2],
      [P3, 1],
    ]);
    expect(await top('by=reservations')).toEqual([
      [P1, 2],
      [P3, 1],
    ]);
    expect(await top('by=reserved-units')).toEqual([
      [P3, 5],
      [P1, 2],
    ]);
    const bounded = await get(
      '/api/v1/analytics/products/top?by=reviews&from=2025-03-01T10:30:00Z&to=2025-03-02T00:00:00Z',
    );
    expect(bounded.body).toMatchObject({
      by: 'reviews',
      from: '2025-03-01T10:00:00.000Z',
      to: '2025-03-02T00:00:00.000Z',
    });
    expect(bounded.body.items.map((item: any) => [item.id, item.total])).toEqual([
      [P1, 2],
      [P2, 1],
    ]);
    const ties = await get(
      '/api/v1/analytics/products/top?by=ratings&from=2025-03-02T00:00:00Z&to=2025-03-04T00:00:00Z',
    );
    expect(ties.body.items.map((item: any) => [item.id, item.total])).toEqual([P2, P3].sort().map((id) => [id, 1]));
  });

  it('refuses an unknown measure or a bad limit', async () => {
    for (const query of [
      'by=views',
      '',
      'by=reviews&limit=0',
      'by=reviews&limit=101',
      'by=reviews&from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z',
    ]) {
      const response = await get(`/api/v1/analytics/products/top?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
    }
  });

  it('gives the same answers with the rollups rebuilt from scratch, while rebuilding and after', async () => {
    const ask = () =>
      Promise.all([
        counts('bucket=hour&from=2025-03-01T00:00:00Z&to=2025-03-04T00:00:00Z'),
        get('/api/v1/analytics/products/top?by=reserved-units').then((response) => response.body.items),
        counts('bucket=day'),
      ]);
    await worker().catchUp();
    const before = await ask();
    // The background worker folds these few events in one pass, so it may fold them all between the
    // rebuild and the hold: then the answers were not read half-folded, and the rebuild is repeated.
    let held: { result: Awaited<ReturnType<typeof ask>>; unfolded: boolean };
    let attempts = 0;
    do {
      await worker().rebuild();
      held = await holdRollup(ask);
    } while (!held.unfolded && ++attempts < 20);
    expect(held.unfolded).toBe(true);
    expect(held.result).toEqual(before);
    await worker().catchUp();
    const [{ rows }] = await app.query(`SELECT count(*)::int AS rows FROM analytics.event_counts`);
    expect(rows).toBeGreaterThan(0);
    expect(await ask()).toEqual(before);
  });

  it('folds events the app stores as it runs, in the background', async () => {
    await createProduct(app, admin);
    const [{ position }] = await app.query(`SELECT max(position)::text AS position FROM messaging.event_store`);
    await eventually(
      () => app.query(`SELECT position::text AS position FROM analytics.rollup_checkpoint`),
      ([checkpoint]: any[]) => BigInt(checkpoint.position) >= BigInt(position),
      { what: 'the rollup worker to fold the new events', timeoutMs: 10_000 },
    );
    const today = await counts('bucket=day&type=catalog.*&from=' + new Date(Date.now() - 86_400_000).toISOString());
    expect(today.reduce((sum, item) => sum + item.count, 0)).toBeGreaterThanOrEqual(1);
  });
});
