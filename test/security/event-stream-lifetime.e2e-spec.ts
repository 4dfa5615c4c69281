import { createProduct, readAllEvents } from '../event-store/event-store-fixtures';
import { ReceivedEvent, SseClient } from '../event-store/sse-client';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { expectProblem } from './support/fixtures';

const STREAM = '/api/v1/events/stream';

async function connect(app: TestApp, token: string, headers: Record<string, string> = {}): Promise<SseClient> {
  const client = await SseClient.connect(`${app.baseUrl}${STREAM}`, { authorization: `Bearer ${token}`, ...headers });
  expect(client.status).toBe(200);
  return client;
}

const hasProduct = (events: ReceivedEvent[], productId: string) =>
  events.some(({ data }) => data.type.startsWith('catalog.product-created.') && data.payload.productId === productId);

describe('an event stream ends when its token expires', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('closes the open stream once the token it was opened with is no longer accepted', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3;
    const token = await tokenFor('admin-short', { admin: true, expiresIn: exp });
    const client = await connect(app, token);
    try {
      const productId = await createProduct(app, await tokenFor('admin-1', { admin: true }));
      await client.until(() => hasProduct(client.events, productId), 'an event while the token is valid');
      await client.until(() => client.isEnded, 'the stream to end after the token expired', 45_000);
      expect(Date.now()).toBeGreaterThanOrEqual(exp * 1000);
      expect(client.comments.join('\n')).toMatch(/token expired/);
      // What the stream stopped delivering, the API refuses too.
      expectProblem(await app.api.get('/api/v1/events', { token }), 401);
    } finally {
      client.close();
    }
  });
});

describe('an event stream ends after SSE_MAX_DURATION_SECONDS', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp({ SSE_MAX_DURATION_SECONDS: '2' });
    admin = await tokenFor('admin-1', { admin: true });
  });
  afterAll(() => app?.close());

  it('ends even a stream with a long-lived token, and a client resuming with Last-Event-ID misses nothing', async () => {
    const start = (await readAllEvents(app, admin)).at(-1)?.position ?? '0';
    const products = [await createProduct(app, admin)];
    const received: ReceivedEvent[] = [];
    const closings: string[] = [];
    let lastEventId = start;
    // A client as EventSource behaves: whenever the server ends the stream, reconnect after the last id seen.
    for (let connections = 0; connections < 50; connections++) {
      const client = await connect(app, admin, { 'last-event-id': lastEventId });
      if (connections === 1) products.push(await createProduct(app, admin));
      await client.until(() => client.isEnded, 'the stream to reach its maximum duration', 45_000);
      received.push(...client.events);
      lastEventId = received.at(-1)?.id ?? lastEventId;
      closings.push(...client.comments.filter((comment) => comment.startsWith('closing')));
      if (connections >= 1 && products.every((id) => hasProduct(received, id))) break;
    }
    expect(closings.length).toBeGreaterThanOrEqual(2);
    expect(closings[0]).toMatch(/maximum duration/);
    const stored = await readAllEvents(app, admin, { after: start });
    const ids = received.map(({ id }) => id);
    expect(ids).toEqual(stored.map((event) => event.position).slice(0, ids.length));
    expect(products.every((id) => hasProduct(received, id))).toBe(true);
  });
});
