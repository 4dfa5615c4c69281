import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as amqplib from 'amqplib';
import { ALL_EVENTS } from '../../src/module-registry';
import { EventRegistry } from '../../src/shared/messaging/envelope/event-registry';
import { runPlatformScenario } from '../scenario/platform-scenario';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { createTestBroker, TestBroker } from './test-broker';

interface Received {
  routingKey: string;
  raw: string;
  body: Record<string, unknown>;
  properties: amqplib.MessageProperties;
}

/** The public contract: product facts, rating summaries and availability changes, never customers' actions. */
const PUBLIC_TYPES = [
  'catalog.product-created.v2',
  'catalog.product-deleted.v1',
  'catalog.product-updated.v1',
  'inventory.back-in-stock.v1',
  'inventory.out-of-stock.v1',
  'rating.product-rating-recalculated.v1',
];

describe('the public exchange for outside consumers', () => {
  let broker: TestBroker;
  let prefix: string;
  let app: TestApp;
  let connection: amqplib.ChannelModel;
  const received: Received[] = [];
  /** Everything on the internal events exchange, as a consumer's queue would get it. */
  const internal: Received[] = [];

  it('is declared by exactly the contracts of the public types', () => {
    expect(
      ALL_EVENTS.filter((eventClass) => eventClass.publicShape)
        .map(({ type }) => type)
        .sort(),
    ).toEqual(PUBLIC_TYPES);
  });

  beforeAll(async () => {
    broker = await createTestBroker();
    prefix = broker.newPrefix();
    app = await startTestApp({ EVENT_TRANSPORT: 'rabbitmq', RABBITMQ_URL: broker.url, RABBITMQ_PREFIX: prefix });
    // An outside consumer: its own queue bound to everything on the public exchange, from before the first write.
    connection = await amqplib.connect(broker.url);
    const channel = await connection.createChannel();
    const listen = async (exchange: string, into: Received[]) => {
      const { queue } = await channel.assertQueue('', { exclusive: true });
      await channel.bindQueue(queue, exchange, '#');
      await channel.consume(
        queue,
        (message) => {
          if (!message) return;
          const raw = message.content.toString('utf8');
          into.push({
            routingKey: message.fields.routingKey,
            raw,
            body: JSON.parse(raw),
            properties: message.properties,
          });
        },
        { noAck: true },
      );
    };
    await listen(`${prefix}.public`, received);
    await listen(`${prefix}.events`, internal);
  });

  afterAll(async () => {
    await connection?.close();
    await app?.close();
    await broker?.drop();
  });

  it('carries only allow-listed product events, with no trace of any user who caused them', async () => {
    await runPlatformScenario(app.api);
    const admin = await tokenFor('admin-public-exchange', { admin: true });
    const [lamp] = await app.query<{ id: string }>(
      `SELECT payload->>'productId' AS id FROM messaging.event_store WHERE type = 'inventory.out-of-stock.v1' LIMIT 1`,
    );
    expect(
      (await app.api.patch(`/api/v1/products/${lamp.id}`, { name: 'Sold-out lamp' }, { token: admin })).status,
    ).toBe(200);
    expect((await app.api.post(`/api/v1/inventory/${lamp.id}/restock`, { quantity: 2 }, { token: admin })).status).toBe(
      200,
    );

    await eventually(
      async () => new Set(received.map((message) => message.routingKey)).size,
      (types) => types === PUBLIC_TYPES.length,
      { what: `one message of each public type (${PUBLIC_TYPES.join(', ')})` },
    );
    expect([...new Set(received.map((message) => message.body.type))].sort()).toEqual(PUBLIC_TYPES);

    // Everyone who acted, and everyone named in an internal payload, as the event store has them.
    const users = (
      await app.query<{ id: string }>(
        `SELECT actor AS id FROM messaging.event_store WHERE actor <> 'system'
         UNION SELECT payload->>'userId' FROM messaging.event_store WHERE payload ? 'userId'
         UNION SELECT payload->>'authorId' FROM messaging.event_store WHERE payload ? 'authorId'`,
      )
    ).map((row) => row.id);
    expect(users).toEqual(expect.arrayContaining(['admin-public-exchange']));
    expect(users.length).toBeGreaterThanOrEqual(4);
    for (const message of received) {
      const visible = message.raw + JSON.stringify(message.properties);
      for (const user of users)
        expect({ type: message.body.type, leaks: visible.includes(user) }).toEqual({
          type: message.body.type,
          leaks: false,
        });
      expect(Object.keys(message.body).sort()).toEqual(
        ['eventId', 'occurredAt', 'payload', 'streamId', 'streamVersion', 'type'].sort(),
      );
      expect(message.routingKey).toBe(message.body.type);
      expect(message.properties.messageId).toBe(message.body.eventId);
    }
  });

  it('sends exactly what the AsyncAPI document says: public messages, internal payloads and headers, trace context included', async () => {
    const document = (await app.api.get<any>('/docs/asyncapi.json')).body;
    const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    const check = (schema: object, value: unknown) => {
      const validate = ajv.compile(schema);
      return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
    };
    expect(received.length).toBeGreaterThan(0);
    for (const message of received) {
      const schema = document.components.messages[`public.${String(message.body.type)}`].payload;
      expect({ type: message.body.type, violations: check(schema, message.body) }).toEqual({
        type: message.body.type,
        violations: [],
      });
    }
    expect(internal.length).toBeGreaterThan(received.length);
    for (const message of internal) {
      const documented = document.components.messages[String(message.body.type)];
      const violations = [
        ...check(documented.payload, message.body),
        ...check(documented.headers, message.properties.headers),
      ];
      expect({ type: message.body.type, violations }).toEqual({ type: message.body.type, violations: [] });
      expect(message.properties.headers?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
      expect(message.properties.userId).toBe('guest');
    }
  });

  it('publishes a public event only for an event the event store holds and the internal exchange carried', async () => {
    const stored = await app.query<{ event_id: string; type: string; published_at: Date | null }>(
      `SELECT event_id, type, published_at FROM messaging.event_store WHERE event_id = ANY($1::uuid[])`,
      [[...new Set(received.map((message) => message.body.eventId))]],
    );
    const byId = new Map(stored.map((row) => [row.event_id, row]));
    for (const message of received) {
      expect(byId.get(message.body.eventId as string)?.type).toBe(message.body.type);
    }
    await eventually(
      () =>
        app.query(`SELECT 1 FROM messaging.event_store WHERE event_id = ANY($1::uuid[]) AND published_at IS NULL`, [
          [...byId.keys()],
        ]),
      (unpublished) => unpublished.length === 0,
      { what: 'every public event to be marked published internally' },
    );
  });

  it('lists only current event versions, so a new contract version cannot silently stop public events', () => {
    const registry = app.running.app.get(EventRegistry);
    for (const type of PUBLIC_TYPES) {
      expect({ type, registered: registry.classOf(type) !== undefined, current: registry.currentTypeOf(type) }).toEqual(
        {
          type,
          registered: true,
          current: type,
        },
      );
    }
  });
});
