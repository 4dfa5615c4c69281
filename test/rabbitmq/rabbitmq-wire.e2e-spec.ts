import * as amqplib from 'amqplib';
import { RabbitMqConnection } from '../../src/shared/messaging/transports/rabbitmq/rabbitmq-connection';
import {
  EFFECTS_CONSUMER,
  MessagingHarness,
  ThingHappenedIntegrationEvent,
  faults,
} from '../messaging/messaging-harness';
import { eventually } from '../support/eventually';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { createTestBroker, TestBroker } from './test-broker';

/** What only a broker has: publisher confirms across a dropped connection, a wire anyone can write to, a DLQ. */
describe('RabbitMQ wire: confirms, unreadable messages and the DLQ', () => {
  let broker: TestBroker;
  let db: TestDatabase;
  let app: MessagingHarness;
  let prefix: string;

  const query = (sql: string, params: unknown[] = []) => app.query(sql, params);
  const count = (sql: string, params: unknown[] = []) => app.count(sql, params);
  const write = (thingId: string) => app.record(ThingHappenedIntegrationEvent, thingId);

  /** A plain AMQP client, to inject raw messages and look into queues as an operator would. */
  async function withChannel<T>(work: (channel: amqplib.ConfirmChannel) => Promise<T>): Promise<T> {
    const connection = await amqplib.connect(broker.url);
    try {
      return await work(await connection.createConfirmChannel());
    } finally {
      await connection.close();
    }
  }
  const dlqDepth = () =>
    withChannel(async (channel) => (await channel.checkQueue(`${prefix}.things.dlq`)).messageCount);

  beforeAll(async () => {
    broker = await createTestBroker();
  });
  afterAll(async () => {
    await broker.drop();
  });

  beforeEach(async () => {
    db = await createTestDatabase();
    prefix = broker.newPrefix();
    faults.failuresBeforeSuccess = 0;
    faults.attemptsSeen = 0;
    app = await MessagingHarness.start(db.url, {
      env: {
        EVENT_TRANSPORT: 'rabbitmq',
        RABBITMQ_URL: broker.url,
        RABBITMQ_PREFIX: prefix,
        CONSUMER_MAX_ATTEMPTS: '3',
      },
    });
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await app.close();
    await db.drop();
  });

  it('keeps the outbox row unpublished when the connection drops before the confirm, and sends it after reconnecting', async () => {
    const manager = app.context.get(RabbitMqConnection).connection();
    // Whatever ConfirmChannel class amqplib uses, the publisher's channel shares its prototype.
    const probe = await manager.connection!.createConfirmChannel();
    const prototype = Object.getPrototypeOf(probe) as amqplib.ConfirmChannel;
    await probe.close();
    const publish = prototype.publish;
    let dropped = 0;
    jest.spyOn(prototype, 'publish').mockImplementation(function (this: amqplib.ConfirmChannel, ...args) {
      const sent = publish.apply(this, args);
      if (dropped++ === 0)
        (this as unknown as { connection: { stream: { destroy(error: Error): void } } }).connection.stream.destroy(
          new Error('simulated network failure'),
        );
      return sent;
    });

    await write('confirm');
    await eventually(
      async () => app.transport.health().up,
      (up) => !up,
      { what: 'the transport to report down' },
    );
    expect(await count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`)).toBe(1);

    await eventually(
      () => count(`SELECT count(*) FROM public.effects WHERE thing_id = 'confirm'`),
      (n) => n === 1,
      {
        what: 'the event to be delivered after reconnecting',
      },
    );
    await eventually(
      () => count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`),
      (n) => n === 0,
      {
        what: 'the row to be marked published',
      },
    );
    expect(app.transport.health().up).toBe(true);
    expect(dropped).toBeGreaterThanOrEqual(2);
    expect(await count(`SELECT count(*) FROM public.effects`)).toBe(1);
  });

  it('parks invalid JSON and schema-invalid messages in the DLQ and the dead-letter table and keeps consuming', async () => {
    await withChannel(async (channel) => {
      const headers = { 'x-stream-id': 'things.thing:poison' };
      channel.publish(`${prefix}.events`, ThingHappenedIntegrationEvent.type, Buffer.from('{not json'), { headers });
      const wrongPayload = {
        eventId: '01900000-0000-7000-8000-0000000000aa',
        type: ThingHappenedIntegrationEvent.type,
        streamId: 'things.thing:poison',
        streamVersion: 1,
        occurredAt: new Date().toISOString(),
        correlationId: 'c',
        causationId: null,
        actor: 'system',
        payload: { thingId: 42 },
      };
      channel.publish(
        `${prefix}.events`,
        ThingHappenedIntegrationEvent.type,
        Buffer.from(JSON.stringify(wrongPayload)),
        {
          headers,
        },
      );
      await channel.waitForConfirms();
    });
    await write('after-poison');

    await eventually(
      () => count(`SELECT count(*) FROM public.effects WHERE thing_id = 'after-poison'`),
      (n) => n === 1,
      {
        what: 'the next message to be processed',
      },
    );
    const rows = await eventually(
      () => query(`SELECT consumer, kind, event_id, error, attempts FROM messaging.dead_letter ORDER BY id`),
      (found) => found.length === 2,
      { what: 'two dead letters' },
    );
    expect(rows.map((row: { consumer: string; kind: string }) => [row.consumer, row.kind])).toEqual([
      ['things.invalid-message', 'invalid'],
      ['things.invalid-message', 'invalid'],
    ]);
    expect(rows.map((row: { error: string }) => row.error).join('\n')).toMatch(
      /JSON[\s\S]*invalid things.thing-happened.v1 payload/,
    );
    expect(await eventually(dlqDepth, (depth) => depth === 2, { what: 'two messages in the DLQ' })).toBe(2);
    expect(faults.attemptsSeen).toBe(1);
  });

  it('retries a handler that keeps failing up to the attempt limit, then dead-letters it with the error', async () => {
    faults.failuresBeforeSuccess = Infinity;
    await write('doomed');
    const [row] = await eventually(
      () => query(`SELECT consumer, type, error, attempts FROM messaging.dead_letter`),
      (rows) => rows.length === 1,
      { what: 'a dead letter' },
    );
    expect(row).toMatchObject({ consumer: EFFECTS_CONSUMER, type: ThingHappenedIntegrationEvent.type, attempts: 3 });
    expect(row.error).toBe('injected failure 3');
    expect(faults.attemptsSeen).toBe(3);
    const parked = await withChannel(async (channel) => {
      const message = await eventually(() => channel.get(`${prefix}.things.dlq`, { noAck: true }), Boolean, {
        what: 'the message in the DLQ',
      });
      return message as amqplib.GetMessage;
    });
    expect(JSON.parse(parked.content.toString()).payload).toEqual({ thingId: 'doomed', n: 1 });
    expect(parked.properties.headers).toMatchObject({ 'x-attempt': 3, 'x-error': 'injected failure 3' });
    expect(parked.properties.userId).toBe('guest');
    expect(await count(`SELECT count(*) FROM public.effects`)).toBe(0);
  });
});
