import { EventStreams } from '../../src/operations/event-log/event-streams';
import { eventually } from '../support/eventually';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { createProduct, readAllEvents } from './event-store-fixtures';
import { SseClient } from './sse-client';

describe('event store as Server-Sent Events', () => {
  let app: TestApp;
  let admin: string;
  const clients: SseClient[] = [];

  const connect = async (query = '', headers: Record<string, string> = {}) => {
    const client = await SseClient.connect(`${app.baseUrl}/api/v1/events/stream${query}`, {
      authorization: `Bearer ${admin}`,
      ...headers,
    });
    clients.push(client);
    return client;
  };

  const productCreated = (client: SseClient, productId: string) =>
    client.events.find(
      ({ data }) => data.type === 'catalog.product-created.v2' && data.payload.productId === productId,
    );

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
  });

  afterEach(() => clients.splice(0).forEach((client) => client.close()));

  afterAll(() => app?.close());

  it('sends an event committed after the client connected, with its position as id', async () => {
    const earlier = await createProduct(app, admin);
    const client = await connect();
    expect(client.status).toBe(200);
    const id = await createProduct(app, admin);
    await client.until(() => productCreated(client, id) !== undefined, 'the product-created event');
    const received = productCreated(client, id)!;
    expect(received.id).toBe(received.data.position);
    expect(received.data).toMatchObject({ module: 'catalog', streamId: `catalog.product:${id}`, streamVersion: 1 });
    // Only what was committed after connecting: the earlier product is not replayed.
    expect(productCreated(client, earlier)).toBeUndefined();
  });

  it('resumes after Last-Event-ID without missing or repeating an event', async () => {
    const first = await connect();
    const before = await createProduct(app, admin);
    await first.until(() => productCreated(first, before) !== undefined, 'the first product');
    const lastEventId = first.events.at(-1)!.id!;
    first.close();

    const missed = [await createProduct(app, admin), await createProduct(app, admin)];
    const resumed = await connect('', { 'last-event-id': lastEventId });
    await resumed.until(() => missed.every((id) => productCreated(resumed, id) !== undefined), 'the missed products');

    const stored = await eventually(
      () => readAllEvents(app, admin, { after: lastEventId }),
      (items) => items.length > 0,
      { what: 'the events after the last one received' },
    );
    await resumed.until(() => resumed.events.length >= stored.length, 'every stored event after the resume point');
    const ids = resumed.events.map(({ id }) => id);
    expect(ids.slice(0, stored.length)).toEqual(stored.map((item) => item.position));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => BigInt(id!) > BigInt(lastEventId))).toBe(true);
  });

  it('replays from ?after= and keeps to the type filter', async () => {
    const id = await createProduct(app, admin);
    await app.api.patch(`/api/v1/products/${id}`, { name: 'Reading lamp' }, { token: admin });
    const client = await connect('?after=0&type=catalog.product-updated.v1');
    await client.until(
      () => client.events.some(({ data }) => data.payload.productId === id),
      'the product-updated event from the past',
    );
    expect(client.events.every(({ data }) => data.type === 'catalog.product-updated.v1')).toBe(true);
  });

  it('refuses a malformed Last-Event-ID, a bad filter and non-admins before streaming', async () => {
    const badId = await app.api.get('/api/v1/events/stream', { token: admin, headers: { 'last-event-id': 'abc' } });
    expect(badId.status).toBe(400);
    expect(JSON.stringify(badId.body.errors)).toContain('Last-Event-ID');
    expect((await app.api.get('/api/v1/events/stream?type=*.v1', { token: admin })).status).toBe(400);
    expect((await app.api.get('/api/v1/events/stream')).status).toBe(401);
    expect((await app.api.get('/api/v1/events/stream', { token: await tokenFor('customer-1') })).status).toBe(403);
  });

  it('forgets a stream once its client disconnects', async () => {
    const streams = app.running.app.get(EventStreams);
    await eventually(
      async () => streams.size,
      (size) => size === 0,
      { what: 'earlier streams to close' },
    );
    const client = await connect();
    expect(streams.size).toBe(1);
    client.close();
    await eventually(
      async () => streams.size,
      (size) => size === 0,
      { what: 'the server to drop the stream' },
    );
  });
});
