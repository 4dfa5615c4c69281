import { randomUUID } from 'node:crypto';
import { OutboxRelay } from '../../src/shared/messaging/outbox/outbox-relay';
import { review, reviewableProduct } from '../reviews/review-fixtures';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

/** Value of one sample line of the Prometheus text, e.g. `events_appended_total{type="x"}`; 0 when absent. */
function sample(metrics: string, series: string): number {
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const REVIEW_ADDED = 'reviews.review-added.v1';
const SEARCH_CONSUMER = 'search.index-review';

describe('messaging metrics at /metrics', () => {
  let app: TestApp;
  let productId: string;
  const scrape = async () => (await app.api.get<string>('/metrics')).body;

  /** Stores a review-added event directly, as published (no consumer will ever get it) or as unpublished. */
  const storeReviewAdded = (published: boolean, payload: object) =>
    app.query(
      `INSERT INTO messaging.event_store
         (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload, published_at)
       VALUES (gen_random_uuid(), $1, 'reviews', $2, 1, now() - interval '30 seconds', 'metrics-test', 'system', $3,
               CASE WHEN $4 THEN now() END)`,
      [REVIEW_ADDED, `reviews.review:${randomUUID()}`, JSON.stringify(payload), published],
    );

  beforeAll(async () => {
    app = await startTestApp();
    productId = await reviewableProduct(app, await tokenFor('admin-1', { admin: true }));
  });
  afterAll(() => app?.close());

  it('counts a review event appended, published and applied by the search consumer, timing the handler', async () => {
    const before = await scrape();
    const written = await app.api.post(`/api/v1/products/${productId}/reviews`, review(), {
      token: await tokenFor('customer-metrics'),
    });
    expect(written.status).toBe(201);
    const applied = `events_consumed_total{consumer="${SEARCH_CONSUMER}",type="${REVIEW_ADDED}",outcome="applied"}`;
    const after = await eventually(scrape, (text) => sample(text, applied) === sample(before, applied) + 1, {
      what: 'the search consumer to apply the review',
    });
    expect(sample(after, `events_appended_total{type="${REVIEW_ADDED}"}`)).toBe(1);
    expect(sample(after, `events_published_total{type="${REVIEW_ADDED}",transport="inprocess"}`)).toBe(1);
    expect(sample(after, `event_handler_duration_seconds_count{consumer="${SEARCH_CONSUMER}"}`)).toBeGreaterThan(0);
    // The relay marks the event published once every consumer has applied it, a moment after this one.
    await eventually(scrape, (text) => sample(text, 'outbox_unpublished_events') === 0, {
      what: 'the outbox to drain',
    });
  });

  it('counts the time the event loop was busy, so its rate is how saturated the process is', async () => {
    const busy = 'nodejs_eventloop_busy_seconds_total';
    const before = sample(await scrape(), busy);
    const startedAt = Date.now();
    while (Date.now() - startedAt < 300); // the app shares this process: a loop that never yields
    const after = sample(await scrape(), busy);
    const elapsedS = (Date.now() - startedAt) / 1000;
    expect(after - before).toBeGreaterThanOrEqual(0.29);
    expect(after - before).toBeLessThanOrEqual(elapsedS + 0.05);
  });

  it("reports a consumer's projection lag while an event of its types has not reached it", async () => {
    await eventually(scrape, (text) => sample(text, `projection_lag_events{consumer="${SEARCH_CONSUMER}"}`) === 0, {
      what: 'the search consumer to be caught up',
    });
    // Marked published, so no relay will deliver it: the consumer stays one event behind.
    await storeReviewAdded(true, { reviewId: randomUUID(), productId, authorId: 'x', title: 't', body: 'b' });
    const lagging = await eventually(
      scrape,
      (text) => sample(text, `projection_lag_events{consumer="${SEARCH_CONSUMER}"}`) === 1,
      { what: 'the lag gauge to see the undelivered event' },
    );
    expect(sample(lagging, 'projection_lag_events{consumer="reviews.record-product"}')).toBe(0);
  });

  it('reports the outbox backlog and the age of its oldest event while the relay cannot publish', async () => {
    // The relay stopped (as when the broker is unreachable): a stored event stays unpublished. (A broken
    // one would not do: the relay parks what it cannot read as a dead letter, out of the backlog.)
    await app.running.app.get(OutboxRelay).stop();
    await storeReviewAdded(false, { reviewId: randomUUID(), productId, authorId: 'x', title: 't', body: 'b' });
    const stuck = await eventually(scrape, (text) => sample(text, 'outbox_unpublished_events') === 1, {
      what: 'the outbox gauge to count the stuck event',
    });
    expect(sample(stuck, 'outbox_oldest_unpublished_age_seconds')).toBeGreaterThanOrEqual(30);
  });
});
