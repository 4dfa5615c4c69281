import { startTestApp, TestApp } from '../support/test-app';
import { rebuild } from './projection-fixtures';

const EVENTS = Number(process.env.PROJECTIONS_BENCH_EVENTS ?? 100_000);
const PRODUCTS = 1000;

/** A measurement, not a check run with every suite: `PROJECTIONS_BENCH=1 npx jest test/projections/rebuild-throughput`. */
const benchmark = process.env.PROJECTIONS_BENCH ? describe : describe.skip;

benchmark('projection rebuild throughput', () => {
  let app: TestApp;

  beforeAll(async () => {
    // Seeding 100,000 events in one statement outlasts the default statement timeout on a busy machine.
    app = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '0' });
    // Already published: the live consumers never see them, only the rebuild reads them from the store.
    await app.query(
      `INSERT INTO messaging.event_store
         (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload, published_at)
       SELECT gen_random_uuid(), 'rating.product-rated.v1', 'rating', 'rating.rating:' || p || ':user-' || u, 1, now(),
              'bench', 'user-' || u,
              jsonb_build_object('productId', p, 'userId', 'user-' || u, 'stars', 1 + (n % 5), 'previousStars', null), now()
       FROM generate_series(0, $1 - 1) AS n,
            LATERAL (SELECT uuid_in(md5('product' || (n % $2))::cstring)::text AS p, n / $2 AS u) AS ids`,
      [EVENTS, PRODUCTS],
    );
  }, 300_000);

  afterAll(() => app?.close());

  it(`rebuilds rating-summary from ${EVENTS} stored ratings`, async () => {
    const started = Date.now();
    const result = await rebuild(app, 'rating-summary');
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `rating-summary: ${result.replayed} events in ${seconds.toFixed(1)} s = ${Math.round(result.replayed / seconds)} events/s`,
    );

    expect(result.replayed).toBe(EVENTS);
    const [{ votes }] = await app.query(`SELECT sum(count)::int AS votes FROM rating.summaries`);
    expect(votes).toBe(EVENTS);
  }, 600_000);
});
