import { performance } from 'node:perf_hooks';
import { rebuildProjection } from '../../src/cli/projections/rebuild-projection';
import { loadAppConfig } from '../../src/load-app-config';
import { MODULES, entitiesFor, migrationsFor } from '../../src/module-registry';
import { openDatabase } from '../../src/shared/database/open-database';
import { BenchRun } from '../lib/bench-run';
import { BenchDatabase, createBenchDatabase } from '../lib/database';
import { assertHealthy, runLoad } from '../lib/load';
import { percentile } from '../lib/percentiles';
import { Measurement } from '../lib/report';
import { BENCH_JWT_SECRET, tokenFor } from '../lib/tokens';

export const ANALYTICS_EVENTS = 1_000_000;
export const ANALYTICS_PRODUCTS = 1000;
export const ANALYTICS_DAYS = 90;
export const ANALYTICS_CONNECTIONS = 4;
/** A quarter of the history is rating summaries (one per rating change), the trend's input. */
const SUMMARY_SHARE = 0.25;
const CHUNK = 100_000;

/** Product `k`'s id: a valid version-4 UUID derived from `k`, the same on every run. */
const productIdOf = (k: string) =>
  `overlay(overlay(md5('bench-product-' || ${k}) placing '4' from 13) placing '8' from 17)::uuid`;

export interface AnalyticsResult {
  events: number;
  seedSeconds: number;
  /** The rollup worker folding the whole store from scratch. */
  catchUpEventsPerSec: number;
  /** The rating-trend projection rebuilt from the stored summaries (seconds, whole rebuild). */
  trendRebuildSeconds: number;
  counts: Measurement;
  trend: Measurement;
  top: Measurement;
  /** Each query alone: median latency and answer size. */
  profile: string[];
}

/**
 * The other event types of a shop's history, by share of 75: ratings, reviews, reservations,
 * replenishments, catalog edits, review edits and rating withdrawals. Products are skewed (a few
 * are popular), timestamps spread over the last {@link ANALYTICS_DAYS} days.
 */
const OTHER_EVENTS = `
  SELECT n, k, ${productIdOf('k')} AS product, now() - random() * interval '${ANALYTICS_DAYS} days' AS at,
         CASE WHEN s < 30 THEN 'rating.product-rated.v1' WHEN s < 45 THEN 'reviews.review-added.v1'
              WHEN s < 57 THEN 'inventory.stock-reserved.v1' WHEN s < 62 THEN 'inventory.stock-replenished.v1'
              WHEN s < 67 THEN 'catalog.product-updated.v1' WHEN s < 72 THEN 'reviews.review-updated.v1'
              ELSE 'rating.rating-removed.v1' END AS type
  FROM (SELECT n, floor(${ANALYTICS_PRODUCTS} * power(random(), 2))::int AS k, n % 75 AS s
        FROM generate_series($1::int, $2::int) n) picked`;

const PAYLOAD = `CASE type
  WHEN 'rating.product-rated.v1' THEN jsonb_build_object('productId', product, 'userId', 'u' || (n % 5000),
    'stars', 1 + n % 5, 'previousStars', null)
  WHEN 'reviews.review-added.v1' THEN jsonb_build_object('productId', product, 'reviewId', gen_random_uuid(),
    'userId', 'u' || (n % 5000), 'rating', 1 + n % 5, 'title', 'Fine', 'body', 'Does what it says.')
  WHEN 'inventory.stock-reserved.v1' THEN jsonb_build_object('productId', product, 'reservationId', gen_random_uuid(),
    'customerId', 'u' || (n % 5000), 'quantity', 1 + n % 3, 'onHand', 50, 'reserved', 1 + n % 3)
  WHEN 'inventory.stock-replenished.v1' THEN jsonb_build_object('productId', product, 'quantity', 10,
    'onHand', 60, 'reserved', 0)
  WHEN 'catalog.product-updated.v1' THEN jsonb_build_object('productId', product, 'name', 'Renamed ' || n)
  WHEN 'reviews.review-updated.v1' THEN jsonb_build_object('productId', product, 'reviewId', gen_random_uuid(),
    'userId', 'u' || (n % 5000), 'rating', 1 + n % 5, 'title', 'Edited', 'body', 'Changed my mind.')
  ELSE jsonb_build_object('productId', product, 'userId', 'u' || (n % 5000)) END`;

/** Fills the event store with `ANALYTICS_EVENTS` published events in a few INSERT … SELECT statements. */
async function seedHistory(db: BenchDatabase): Promise<void> {
  const summaries = Math.round(ANALYTICS_EVENTS * SUMMARY_SHARE);
  const others = ANALYTICS_EVENTS - summaries;
  for (let start = 1; start <= others; start += CHUNK) {
    await db.query(
      `INSERT INTO messaging.event_store
         (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload, published_at)
       SELECT gen_random_uuid(), type, split_part(type, '.', 1), 'bench:' || n, 1, at, 'bench', 'bench', ${PAYLOAD}, now()
       FROM (${OTHER_EVENTS}) events`,
      [start, Math.min(start + CHUNK - 1, others)],
    );
  }
  // Each product's summaries in version order through the history, as the rating calculation announces them.
  for (let start = 1; start <= summaries; start += CHUNK) {
    await db.query(
      `INSERT INTO messaging.event_store
         (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload, published_at)
       SELECT gen_random_uuid(), 'rating.product-rating-recalculated.v1', 'rating', 'rating.summary:' || product, v,
              now() - interval '${ANALYTICS_DAYS} days' + (n::float / $3) * interval '${ANALYTICS_DAYS} days',
              'bench', 'bench',
              jsonb_build_object('productId', product, 'average', 0, 'count', v, 'histogram',
                jsonb_build_object('1', v - ceil(v * 0.4)::int - floor(v * 0.3)::int - floor(v * 0.2)::int,
                  '2', 0, '3', floor(v * 0.2)::int, '4', floor(v * 0.3)::int, '5', ceil(v * 0.4)::int)),
              now()
       FROM (SELECT n, ${productIdOf(`(n % ${ANALYTICS_PRODUCTS})`)} AS product,
                    n / ${ANALYTICS_PRODUCTS} + 1 AS v
             FROM generate_series($1::int, $2::int) n) summaries`,
      [start, Math.min(start + CHUNK - 1, summaries), summaries],
    );
  }
  await db.query(
    `INSERT INTO rating.products (product_id, deleted, version)
     SELECT ${productIdOf('k')}, false, 1 FROM generate_series(0, ${ANALYTICS_PRODUCTS - 1}) k`,
  );
  await db.query(`VACUUM ANALYZE messaging.event_store`);
}

async function headPosition(db: BenchDatabase): Promise<bigint> {
  const [{ head }] = await db.query<{ head: string }>(`SELECT max(position)::text AS head FROM messaging.event_store`);
  return BigInt(head);
}

/** Empties the rollups and times the app's worker folding the whole store again (as `rebuild()` does). */
async function measureCatchUp(db: BenchDatabase): Promise<number> {
  const head = await headPosition(db);
  const startedAt = performance.now();
  await db.query(`TRUNCATE analytics.event_counts, analytics.measure_totals`);
  await db.query(`UPDATE analytics.rollup_checkpoint SET position = 0`);
  for (;;) {
    const [{ position }] = await db.query<{ position: string }>(
      `SELECT position::text AS position FROM analytics.rollup_checkpoint`,
    );
    if (BigInt(position) >= head) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return ANALYTICS_EVENTS / ((performance.now() - startedAt) / 1000);
}

async function rebuildTrend(db: BenchDatabase): Promise<number> {
  const startedAt = performance.now();
  const live = await openDatabase({
    databaseUrl: db.url,
    dataDir: '.data',
    entities: entitiesFor(MODULES),
    migrations: migrationsFor(MODULES),
  });
  try {
    await rebuildProjection({
      live: live.dataSource,
      liveConnection: live.connection,
      config: loadAppConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'error' }),
      projection: 'rating-trend',
    });
  } finally {
    await live.close();
  }
  return (performance.now() - startedAt) / 1000;
}

const DAY_MS = 86_400_000;
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

/** The questions an operator's dashboard asks, in rotation. */
function eventQueries(): string[] {
  return [
    `bucket=day&from=${iso(ANALYTICS_DAYS * DAY_MS)}`,
    `bucket=day&type=rating.*&from=${iso(ANALYTICS_DAYS * DAY_MS)}`,
    `bucket=hour&from=${iso(7 * DAY_MS)}`,
    `bucket=hour&type=reviews.review-added.v1&from=${iso(30 * DAY_MS)}`,
    `bucket=minute&from=${iso(DAY_MS / 4)}`,
  ];
}

function topQueries(): string[] {
  return ['reviews', 'ratings', 'reservations'].flatMap((by) => [
    `by=${by}`,
    `by=${by}&from=${iso(30 * DAY_MS)}&limit=20`,
    `by=${by}&from=${iso(7 * DAY_MS)}`,
  ]);
}

/** Fifty products, popular and not, by day over the history and by hour over the last week. */
function trendQueries(productIds: readonly string[]): string[] {
  return Array.from({ length: 50 }, (_, index) => productIds[(index * 17) % productIds.length]).map((id, index) => {
    return index % 2 === 0
      ? `${id}/rating/trend?bucket=day&from=${iso(ANALYTICS_DAYS * DAY_MS)}`
      : `${id}/rating/trend?bucket=hour&from=${iso(7 * DAY_MS)}`;
  });
}

async function measureEndpoint(
  baseUrl: string,
  run: BenchRun,
  subject: string,
  paths: string[],
  token?: string,
): Promise<Measurement> {
  let next = 0;
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  // Every query answers 200 before any is timed: a refusal measured fast would be no measurement.
  for (const path of paths) {
    const response = await fetch(`${baseUrl}${path}`, { headers });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  }
  const request = () => ({ path: paths[next++ % paths.length], headers });
  await runLoad({ url: baseUrl, connections: ANALYTICS_CONNECTIONS, durationS: run.warmupS, next: request });
  const result = await runLoad({
    url: baseUrl,
    connections: ANALYTICS_CONNECTIONS,
    durationS: run.durationS,
    next: request,
  });
  assertHealthy(subject, result);
  return { subject, throughput: result.throughput, unit: 'req/s', p50Ms: result.p50Ms, p99Ms: result.p99Ms };
}

/** Each distinct query alone, five times in a row: its median latency and answer size, to tell which ones cost. */
async function profileQueries(baseUrl: string, paths: readonly string[], token?: string): Promise<string[]> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const lines: string[] = [];
  for (const path of paths) {
    const times: number[] = [];
    let size = 0;
    for (let run = 0; run < 5; run++) {
      const startedAt = performance.now();
      size = (await (await fetch(`${baseUrl}${path}`, { headers })).text()).length;
      times.push(performance.now() - startedAt);
    }
    const query = path
      .replace(/from=([^&]*)/, (_, from: string) => `from=-${Math.round((Date.now() - Date.parse(from)) / 3_600_000)}h`)
      .replace(/\/[0-9a-f-]{36}\//, '/:id/');
    lines.push(`${query}: ${percentile(times, 0.5)!.toFixed(1)} ms alone, ${(size / 1024).toFixed(0)} KiB`);
  }
  return lines;
}

/**
 * A dedicated database with a million stored events: seeded, folded by the rollup worker from
 * scratch (its catch-up rate), the rating trend rebuilt, then each analytics endpoint under load.
 */
export async function measureAnalytics(run: BenchRun): Promise<AnalyticsResult> {
  const db = await createBenchDatabase();
  try {
    const schema = await openDatabase({
      databaseUrl: db.url,
      dataDir: '.data',
      entities: [],
      migrations: migrationsFor(MODULES),
    });
    await schema.close();
    run.progress.phase(
      `analytics: seed ${ANALYTICS_EVENTS.toLocaleString('en-US')} events over ${ANALYTICS_DAYS} days`,
    );
    const seedStartedAt = performance.now();
    await seedHistory(db);
    const seedSeconds = (performance.now() - seedStartedAt) / 1000;
    // Folded already, so the app starts idle and the catch-up is timed on its own.
    await db.query(`UPDATE analytics.rollup_checkpoint SET position = $1`, [(await headPosition(db)).toString()]);
    const productIds = (
      await db.query<{ id: string }>(
        `SELECT ${productIdOf('k')}::text AS id FROM generate_series(0, ${ANALYTICS_PRODUCTS - 1}) k ORDER BY k`,
      )
    ).map((row) => row.id);
    const app = await run.startServer('app-analytics', {
      DATABASE_URL: db.url,
      JWT_SECRET: BENCH_JWT_SECRET,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
    });
    run.progress.phase('analytics: rollup catch-up from scratch, rating trend rebuild');
    const catchUpEventsPerSec = await measureCatchUp(db);
    run.progress.note(`rollup catch-up: ${Math.round(catchUpEventsPerSec)} events/s`);
    const trendRebuildSeconds = await rebuildTrend(db);
    run.progress.note(`rating-trend rebuilt in ${trendRebuildSeconds.toFixed(1)} s`);
    await db.query(`VACUUM ANALYZE analytics.event_counts`);
    await db.query(`VACUUM ANALYZE analytics.measure_totals`);
    await db.query(`VACUUM ANALYZE rating.trend_points`);
    run.progress.phase(`analytics: the three endpoints under load (${run.durationS} s each)`);
    const admin = await tokenFor('bench-admin', ['admin']);
    const events = eventQueries().map((query) => `/api/v1/analytics/events?${query}`);
    const top = topQueries().map((query) => `/api/v1/analytics/products/top?${query}`);
    const trend = trendQueries(productIds).map((query) => `/api/v1/products/${query}`);
    const result: AnalyticsResult = {
      events: ANALYTICS_EVENTS,
      seedSeconds,
      catchUpEventsPerSec,
      trendRebuildSeconds,
      counts: await measureEndpoint(app.baseUrl, run, 'GET /api/v1/analytics/events (mixed)', events, admin),
      trend: await measureEndpoint(app.baseUrl, run, 'GET /api/v1/products/:id/rating/trend (mixed)', trend),
      top: await measureEndpoint(app.baseUrl, run, 'GET /api/v1/analytics/products/top (mixed)', top, admin),
      profile: [],
    };
    result.profile = [
      ...(await profileQueries(app.baseUrl, events, admin)),
      ...(await profileQueries(app.baseUrl, trend.slice(0, 2))),
      ...(await profileQueries(app.baseUrl, top, admin)),
    ];
    await run.stop(app);
    return result;
  } finally {
    await db.drop();
  }
}
