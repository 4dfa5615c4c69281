import { describeDeadLetterOperations } from '../dead-letters/dead-letter-suite';
import { SseClient } from '../event-store/sse-client';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { SPLIT_MODULES, SplitDeployment } from '../support/split-deployment';
import { tokenFor } from '../support/tokens';
import { runPlatformScenario } from './platform-scenario';

// Real processes and a shared broker on a 2-core machine: a rare scheduling stall must not fail CI;
// a real defect fails every attempt.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

interface ListedEvent {
  position: string;
  eventId: string;
  type: string;
  module: string;
  streamId: string;
  occurredAt: string;
  actor: string;
  correlationId: string;
  causationId: string | null;
  payload: Record<string, unknown>;
}
type EventPage = { items: ListedEvent[]; nextCursor: string | null };

/**
 * The production topology — five module services, each with its own database and broker user, behind
 * the gateway — driven only through the gateway: the platform scenario, then every operator endpoint
 * the monolith offers, answered across the services.
 */
describe('the split deployment behind the gateway, a database per service', () => {
  let deployment: SplitDeployment;
  let admin: string;

  beforeAll(async () => {
    deployment = await SplitDeployment.start({ env: { CONSUMER_MAX_ATTEMPTS: '2' } });
    admin = await tokenFor('admin-operator', { admin: true });
  }, 180000);

  afterAll(async () => {
    await deployment?.stop();
  });

  const get = <T>(path: string) => deployment.api.get<T>(path, { token: admin });
  /** Every event of every service, read from the services' own databases. */
  const storedEventIds = async () => {
    const ids: string[] = [];
    for (const module of SPLIT_MODULES) {
      const rows = await deployment.query<{ event_id: string }>(module, 'SELECT event_id FROM messaging.event_store');
      ids.push(...rows.map((row) => row.event_id));
    }
    return ids.sort();
  };

  it('runs on a database of its own per service', () => {
    expect(new Set(Object.values(deployment.databases).map((database) => database.name)).size).toBe(5);
  });

  it('converges every read model after products, reviews, ratings and reservations', async () => {
    const report = await runPlatformScenario(deployment.api);
    console.log(`split scenario: ${JSON.stringify(report)}`);
    expect(report.reservations).toEqual({ succeeded: 5, rejected: 3 });
    expect(report.contract.violations).toEqual([]);
  });

  it("pages through every service's events, by cursor or by the position of the last event seen, missing none", async () => {
    const stored = await storedEventIds();
    const byCursor: ListedEvent[] = [];
    const byAfter: ListedEvent[] = [];
    for (let page = await get<EventPage>('/api/v1/events?limit=7'); ;) {
      expect(page.status).toBe(200);
      byCursor.push(...page.body.items);
      if (!page.body.nextCursor) break;
      page = await get<EventPage>(`/api/v1/events?limit=7&cursor=${page.body.nextCursor}`);
    }
    for (let after = '0'; ;) {
      const page = await get<EventPage>(`/api/v1/events?limit=7&after=${encodeURIComponent(after)}`);
      expect(page.status).toBe(200);
      byAfter.push(...page.body.items);
      if (page.body.items.length < 7) break;
      after = page.body.items.at(-1)!.position;
    }
    expect(byCursor.map((event) => event.eventId).sort()).toEqual(stored);
    expect(byAfter.map((event) => event.eventId)).toEqual(byCursor.map((event) => event.eventId));
    // Every service that records events contributed, each in its own order.
    expect(new Set(byCursor.map((event) => event.module))).toEqual(
      new Set(['catalog', 'reviews', 'rating', 'inventory']),
    );
  });

  it('filters by exact type, type prefix and stream across services', async () => {
    const reviews = await get<EventPage>('/api/v1/events?type=reviews.*&limit=500');
    expect(reviews.body.items.length).toBeGreaterThan(0);
    expect(reviews.body.items.every((event) => event.type.startsWith('reviews.'))).toBe(true);
    const added = await get<EventPage>('/api/v1/events?type=reviews.review-added.v1&limit=500');
    expect(added.body.items.map((event) => event.type)).toEqual(
      reviews.body.items.filter((event) => event.type === 'reviews.review-added.v1').map((event) => event.type),
    );
    const streamId = reviews.body.items[0].streamId;
    const stream = await get<EventPage>(`/api/v1/events?streamId=${encodeURIComponent(streamId)}`);
    expect(stream.body.items.length).toBeGreaterThan(0);
    expect(stream.body.items.every((event) => event.streamId === streamId)).toBe(true);
    expect((await get('/api/v1/events?type=Not%20A%20Type')).status).toBe(400);
    expect((await get('/api/v1/events?after=1042')).status).toBe(400);
    expect((await get('/api/v1/events?after=0&cursor=abc')).status).toBe(400);
    expect((await deployment.api.get('/api/v1/events')).status).toBe(401);
    expect((await deployment.api.get('/api/v1/events', { token: await tokenFor('customer-1') })).status).toBe(403);
  });

  it("shows a product's timeline from every service that recorded something about it, with who and why", async () => {
    const rated = await get<EventPage>('/api/v1/events?type=rating.product-rated.v1&limit=1');
    const productId = rated.body.items[0].payload.productId as string;
    const timeline = await get<EventPage>(`/api/v1/products/${productId}/timeline`);
    expect(timeline.status).toBe(200);
    const modules = new Set(timeline.body.items.map((event) => event.module));
    expect(modules).toEqual(new Set(['catalog', 'reviews', 'rating', 'inventory']));
    for (const event of timeline.body.items) {
      expect(event).toMatchObject({ actor: expect.any(String), correlationId: expect.any(String) });
      expect(event).toHaveProperty('causationId');
    }
    // Caused events name their cause: the rating calculation answers each vote.
    const recalculated = timeline.body.items.filter((event) => event.type === 'rating.product-rating-recalculated.v1');
    expect(recalculated.length).toBeGreaterThan(0);
    expect(recalculated.every((event) => event.causationId !== null)).toBe(true);
    const created = timeline.body.items.find((event) => event.type.startsWith('catalog.product-created'));
    expect(timeline.body.items[0]).toEqual(created);
    const unknown = await get(`/api/v1/products/00000000-0000-7000-8000-000000000000/timeline`);
    expect(unknown.status).toBe(404);
  });

  it("streams every service's events as Server-Sent Events, and resumes after the last id without gaps or repeats", async () => {
    const url = `${deployment.baseUrl}/api/v1/events/stream`;
    const headers = { authorization: `Bearer ${admin}` };
    const first = await SseClient.connect(url, headers);
    expect(first.status).toBe(200);
    const created = await deployment.api.post(
      '/api/v1/products',
      {
        sku: `SSE-${Date.now()}`,
        name: 'Streamed lamp',
        description: 'Seen live',
        price: { amount: 100, currency: 'EUR' },
        initialStock: 1,
      },
      { token: admin },
    );
    expect(created.status).toBe(201);
    const productId = created.body.id as string;
    const customer = await tokenFor('sse-customer');
    const reserve = () =>
      deployment.api.post(`/api/v1/inventory/${productId}/reservations`, { quantity: 1 }, { token: customer });
    await first.until(() => first.events.some((event) => event.data.module === 'catalog'), 'catalog event');
    const reserved = await (async () => {
      for (;;) {
        const response = await reserve();
        if (response.status !== 404) return response;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    expect(reserved.status).toBe(201);
    await first.until(() => first.events.some((event) => event.data.module === 'inventory'), 'inventory events');
    first.close();
    const lastId = first.events.at(-1)!.id!;
    expect(first.events.map((event) => event.id)).toEqual(first.events.map((event) => event.data.position));

    // While nobody listens, more events commit in two services.
    await deployment.api.put(`/api/v1/products/${productId}/ratings/me`, { stars: 5 }, { token: customer });
    const resumed = await SseClient.connect(url, { ...headers, 'last-event-id': lastId });
    await resumed.until(
      () => resumed.events.some((event) => event.data.type === 'rating.product-rating-recalculated.v1'),
      'the rating events committed while disconnected',
    );
    resumed.close();
    const seen = first.events.map((event) => event.data.eventId);
    expect(resumed.events.filter((event) => seen.includes(event.data.eventId))).toEqual([]);
    expect(resumed.events.map((event) => event.data.type)).toEqual(
      expect.arrayContaining(['rating.product-rated.v1', 'rating.product-rating-recalculated.v1']),
    );
  });

  it('serves one AsyncAPI document of every event, like the merged OpenAPI document', async () => {
    const merged = await deployment.api.get<{ channels: Record<string, unknown>; operations: object }>(
      '/docs/asyncapi.json',
    );
    expect(merged.status).toBe(200);
    const port = deployment.processes.get('search')!.port;
    const own = await new HttpClient(`http://127.0.0.1:${port}`).get<{ channels: object }>('/docs/asyncapi.json');
    expect(Object.keys(merged.body.channels).sort()).toEqual(Object.keys(own.body.channels).sort());
    for (const type of ['catalog.product-created.v2', 'reviews.review-added.v1', 'inventory.stock-reserved.v1']) {
      expect(merged.body.channels).toHaveProperty([type]);
    }
  });

  it("serves the gateway's own metrics and every service's outbox and consumer lag in one place", async () => {
    const own = await deployment.api.get<string>('/metrics');
    expect(own.status).toBe(200);
    expect(own.body).toContain('http_request_duration_seconds_bucket');
    // Queue depths are sampled in the background, so the first scrape of a service may have none yet.
    const flow = await eventually(
      () => deployment.api.get<string>('/metrics/services'),
      (response) => /rabbitmq_queue_messages\{service="search",queue="[^"]+"\} \d+/.test(response.body),
      { what: "the search service's queue depths" },
    );
    expect(flow.status).toBe(200);
    for (const module of SPLIT_MODULES) {
      expect(flow.body).toContain(`outbox_unpublished_events{service="${module}"}`);
    }
  });

  describe('dead letters, each kept by the service of its consumer', () => {
    describeDeadLetterOperations(
      async () => ({
        api: deployment.api,
        query: (sql, params) => deployment.query('rating', sql, params),
        close: async () => undefined,
      }),
      async () => undefined,
      (id) => `rating-${id}`,
    );
  });
});
