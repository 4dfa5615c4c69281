import { NatsConnection } from 'nats';
import { EventEnvelope } from '../../src/shared/messaging/integration-event';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { NatsNames, partitionOf } from '../../src/shared/messaging/transports/nats/nats-names';
import { MessagingHarness, ThingHappenedIntegrationEvent } from '../messaging/messaging-harness';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { createTestNats, natsClient, TestNats } from './test-nats';

/** What JetStream itself does for the adapter: de-duplication by event id, and a stream kept on one partition. */
describe('the NATS JetStream wire', () => {
  let server: TestNats;
  let db: TestDatabase;
  let harness: MessagingHarness;
  let nc: NatsConnection;
  let names: NatsNames;

  const envelope = (thingId: string, streamVersion = 1): EventEnvelope => ({
    eventId: uuidV7(),
    type: ThingHappenedIntegrationEvent.type,
    streamId: `things.thing:${thingId}`,
    streamVersion,
    occurredAt: new Date().toISOString(),
    correlationId: uuidV7(),
    causationId: null,
    actor: 'system',
    payload: { thingId, n: streamVersion },
  });
  const lastSequence = async () =>
    (await (await nc.jetstreamManager()).streams.info(names.eventsStream)).state.last_seq;

  beforeAll(async () => {
    server = await createTestNats();
    db = await createTestDatabase();
    const prefix = server.newPrefix();
    names = new NatsNames(prefix);
    harness = await MessagingHarness.start(db.url, {
      env: { EVENT_TRANSPORT: 'nats', NATS_URL: server.url, NATS_PREFIX: prefix, NATS_PARTITIONS: '4' },
    });
    nc = await natsClient();
  });

  afterAll(async () => {
    await nc?.close();
    await harness?.close();
    await db?.drop();
    await server?.drop();
  });

  it('stores an event the relay publishes twice once (Nats-Msg-Id = event id)', async () => {
    const event = envelope('twice');
    const before = await lastSequence();
    await harness.transport.publish([event]);
    await harness.transport.publish([event]);
    expect(await lastSequence()).toBe(before + 1);
  });

  it('publishes every event of a stream on its one partition, in the order given', async () => {
    // Nobody consumes meanwhile, so interest retention keeps the messages to look at.
    await harness.stopListening();
    const events = [1, 2, 3].map((version) => envelope('ordered', version));
    const before = await lastSequence();
    await harness.transport.publish(events);
    const jsm = await nc.jetstreamManager();
    const stored = await Promise.all(
      [1, 2, 3].map((offset) => jsm.streams.getMessage(names.eventsStream, { seq: before + offset })),
    );
    const subject = names.eventSubject(ThingHappenedIntegrationEvent.type, partitionOf('things.thing:ordered', 4));
    expect(stored.map((message) => message.subject)).toEqual([subject, subject, subject]);
    expect(stored.map((message) => JSON.parse(Buffer.from(message.data).toString()).streamVersion)).toEqual([1, 2, 3]);
    expect(stored.map((message) => message.header.get('Nats-Msg-Id'))).toEqual(events.map(({ eventId }) => eventId));
    await harness.listen();
  });
});
