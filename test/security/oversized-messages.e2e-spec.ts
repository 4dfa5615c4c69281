import * as amqplib from 'amqplib';
import { createTestBroker, TestBroker } from '../rabbitmq/test-broker';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

interface Parked {
  consumer: string;
  kind: string;
  truncated: boolean;
  error: string;
  envelope: Record<string, unknown>;
}

/**
 * Anyone who can publish to the broker can send a huge poison message. Every consuming module parks
 * it, but what is stored is cut to `DEAD_LETTER_MAX_ENVELOPE_BYTES`, a message over
 * `MESSAGE_MAX_BYTES` is not even parsed, and a page of dead letters stays small.
 */
describe('oversized broker messages', () => {
  let broker: TestBroker;
  let prefix: string;
  let app: TestApp;
  let admin: string;

  const publish = async (routingKey: string, body: Buffer) => {
    const connection = await amqplib.connect(broker.url);
    try {
      const channel = await connection.createConfirmChannel();
      channel.publish(`${prefix}.events`, routingKey, body, { headers: { 'x-stream-id': 'huge' } });
      await channel.waitForConfirms();
    } finally {
      await connection.close();
    }
  };
  const parked = async (consumer: string) =>
    (await app.api.get<{ items: Parked[] }>(`/api/v1/admin/dead-letters?consumer=${consumer}`, { token: admin })).body
      .items ?? [];

  beforeAll(async () => {
    broker = await createTestBroker();
    prefix = broker.newPrefix();
    app = await startTestApp({ EVENT_TRANSPORT: 'rabbitmq', RABBITMQ_URL: broker.url, RABBITMQ_PREFIX: prefix });
    admin = await tokenFor('admin-oversized', { admin: true });
  });

  afterAll(async () => {
    await app?.close();
    await broker?.drop();
  });

  it('parks a 5 MB non-JSON message once per consuming module, unread and truncated, and keeps the list small', async () => {
    await publish('catalog.product-deleted.v1', Buffer.alloc(5 * 1024 * 1024, 'x'));
    const consumers = ['reviews', 'rating', 'inventory', 'search'].map((module) => `${module}.invalid-message`);
    for (const consumer of consumers) {
      const [letter] = await eventually(
        () => parked(consumer),
        (items) => items.length === 1,
        {
          what: `${consumer} to park the message`,
        },
      );
      expect(letter).toMatchObject({ kind: 'invalid', truncated: true });
      expect(letter.error).toBe('message of 5242880 bytes exceeds the limit of 1048576 bytes');
      expect(letter.envelope).toMatchObject({ truncated: true, bytes: 5242880 });
      expect(String(letter.envelope.head).length).toBeLessThanOrEqual(1024);
    }
    const page = await app.api.get<string>('/api/v1/admin/dead-letters?limit=100', { token: admin });
    expect(page.status).toBe(200);
    expect(JSON.stringify(page.body).length).toBeLessThan(32 * 1024);
  });

  it('stores a forged envelope over the storage limit truncated, and refuses to redrive it', async () => {
    const envelope = {
      eventId: '01900000-0000-7000-8000-0000000000bb',
      type: 'catalog.product-deleted.v1',
      streamId: 'catalog.product:00000000-0000-4000-8000-000000000001',
      streamVersion: 2,
      occurredAt: new Date().toISOString(),
      correlationId: 'oversized',
      causationId: null,
      actor: 'someone',
      payload: { productId: 'x'.repeat(100 * 1024), sku: 'HUGE-1' },
    };
    await publish(envelope.type, Buffer.from(JSON.stringify(envelope)));
    const [letter] = await eventually(
      async () => (await parked('search.invalid-message')).filter((item) => item.kind === 'unauthentic'),
      (items) => items.length === 1,
      { what: 'the forged, oversized envelope to be parked' },
    );
    expect(letter.truncated).toBe(true);
    const list = await app.api.get<{ items: Array<Parked & { id: string }> }>(
      '/api/v1/admin/dead-letters?consumer=search.invalid-message',
      { token: admin },
    );
    const id = list.body.items.find((item) => item.truncated && item.kind === 'unauthentic')!.id;
    const redrive = await app.api.post(`/api/v1/admin/dead-letters/${id}/redrive`, undefined, { token: admin });
    expect(redrive.status).toBe(409);
  });
});
