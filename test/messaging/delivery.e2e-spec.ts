import { Inbox } from '../../src/shared/messaging/delivery/inbox';
import { ConsumerRegistry } from '../../src/shared/messaging/consumers/consumer-registry';
import { EventRegistry } from '../../src/shared/messaging/envelope/event-registry';
import { UnitOfWork } from '../../src/shared/messaging/outbox/unit-of-work';
import { eventually } from '../support/eventually';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { TransportUnderTest, transportCases } from '../support/transports';
import { EFFECTS_CONSUMER, MessagingHarness, ThingHappenedIntegrationEvent, faults } from './messaging-harness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(transportCases())('outbox, relay, pipeline and inbox on the %s transport', (_, createTransport) => {
  const transport: TransportUnderTest = createTransport();
  let db: TestDatabase;
  let site: Record<string, string>;
  let harness: MessagingHarness;

  /** A process of this test's deployment: a restart keeps its database and its broker names. */
  const start = (env: Record<string, string> = {}) =>
    MessagingHarness.start(db.url, { env: { ...site, CONSUMER_MAX_ATTEMPTS: '3', ...env } });
  const effectsOf = (thingId: string) =>
    harness.count(`SELECT count(*) FROM public.effects WHERE thing_id = $1`, [thingId]);
  const unpublished = () => harness.count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`);

  beforeAll(() => transport.setUp());
  afterAll(() => transport.tearDown());

  beforeEach(async () => {
    db = await createTestDatabase();
    site = transport.env();
    faults.failuresBeforeSuccess = 0;
    faults.attemptsSeen = 0;
    harness = await start();
  });

  afterEach(async () => {
    await harness.close();
    await db.drop();
  });

  it('applies an event committed with its state change once and marks it published', async () => {
    await harness.record(ThingHappenedIntegrationEvent, 'a');
    await eventually(
      () => effectsOf('a'),
      (n) => n === 1,
      { what: 'one effect' },
    );
    await harness.relay.flush();
    expect(await effectsOf('a')).toBe(1);
    expect(await harness.count(`SELECT count(*) FROM messaging.inbox WHERE consumer = $1`, [EFFECTS_CONSUMER])).toBe(1);
    expect(await unpublished()).toBe(0);
    expect(harness.transport.health()).toEqual({ up: true });
  });

  it('records no event when the state change rolls back', async () => {
    await expect(
      harness.record(ThingHappenedIntegrationEvent, 'x', {
        beforeCommit: async () => {
          throw new Error('business rule failed');
        },
      }),
    ).rejects.toThrow('business rule failed');
    expect(await harness.count(`SELECT count(*) FROM messaging.event_store`)).toBe(0);
  });

  it('rejects a second event with the same stream version', async () => {
    await harness.record(ThingHappenedIntegrationEvent, 'v');
    await expect(harness.record(ThingHappenedIntegrationEvent, 'v', { n: 2 })).rejects.toThrow(
      /event_store_stream_version_unique/,
    );
  });

  it('applies the effect once when the handler fails twice and then succeeds', async () => {
    faults.failuresBeforeSuccess = 2;
    await harness.record(ThingHappenedIntegrationEvent, 'flaky');
    await eventually(
      () => effectsOf('flaky'),
      (n) => n === 1,
      { what: 'the effect after two retries' },
    );
    expect(faults.attemptsSeen).toBe(3);
    expect(await harness.count(`SELECT count(*) FROM messaging.dead_letter`)).toBe(0);
  });

  it('retries a handler that keeps failing up to the attempt limit, then parks it with the error and moves on', async () => {
    faults.failuresBeforeSuccess = 3;
    await harness.record(ThingHappenedIntegrationEvent, 'doomed');
    const [row] = await eventually(
      () => harness.query(`SELECT consumer, kind, type, error, attempts FROM messaging.dead_letter`),
      (rows) => rows.length === 1,
      { what: 'a dead letter' },
    );
    expect(row).toMatchObject({
      consumer: EFFECTS_CONSUMER,
      kind: 'failed',
      type: ThingHappenedIntegrationEvent.type,
      attempts: 3,
      error: 'injected failure 3',
    });
    expect(await effectsOf('doomed')).toBe(0);
    await harness.record(ThingHappenedIntegrationEvent, 'next');
    await eventually(
      () => effectsOf('next'),
      (n) => n === 1,
      { what: 'the next event to be applied' },
    );
    await eventually(unpublished, (n) => n === 0, { what: 'both rows to be published' });
  });

  it('skips a second delivery of an event the consumer already applied', async () => {
    const registration = harness.context.get(ConsumerRegistry).of('things', ThingHappenedIntegrationEvent.type)[0];
    const event = harness.context.get(EventRegistry).parse({
      eventId: '01900000-0000-7000-8000-000000000001',
      type: ThingHappenedIntegrationEvent.type,
      streamId: 'things.thing:d',
      streamVersion: 1,
      occurredAt: new Date().toISOString(),
      correlationId: 'c-1',
      causationId: null,
      actor: 'system',
      payload: { thingId: 'd', n: 1 },
    });
    const inbox = harness.context.get(Inbox);
    await expect(inbox.apply(registration, event)).resolves.toBe('applied');
    await expect(inbox.apply(registration, event)).resolves.toBe('duplicate');
    await harness.transport.redeliver('things', event.envelope);
    await sleep(200);
    expect(await effectsOf('d')).toBe(1);
  });

  it('publishes after a restart a row a crash left unpublished between commit and publish', async () => {
    await harness.close();
    // A process whose relay never runs commits the state change and its event, then "crashes".
    const crashed = await start({ RELAY_POLL_INTERVAL_MS: '60000' });
    await crashed.relay.stop();
    await crashed.context.get(UnitOfWork).run(async (tx) => {
      tx.record(ThingHappenedIntegrationEvent, {
        streamId: 'things.thing:e',
        streamVersion: 1,
        payload: { thingId: 'e', n: 1 },
      });
    });
    expect(await crashed.count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`)).toBe(1);
    await crashed.close();

    harness = await start();
    await eventually(
      () => effectsOf('e'),
      (n) => n === 1,
      { what: 'the recovered event to be applied' },
    );
    expect(await unpublished()).toBe(0);
  });

  it('publishes every one of 2,000 events from 8 concurrent writers with random commit delays once', async () => {
    const total = 2000;
    let next = 0;
    const writer = async () => {
      while (next < total) {
        const id = `t${next++}`;
        const delay = Math.random() < 0.2 ? Math.floor(Math.random() * 8) : 0;
        await harness.record(ThingHappenedIntegrationEvent, id, {
          beforeCommit: async () => void (await sleep(delay)),
        });
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    await eventually(
      () => harness.count(`SELECT count(*) FROM public.effects`),
      (n) => n >= total,
      { timeoutMs: 120000, intervalMs: 250, what: `${total} effects` },
    );
    await harness.relay.flush();
    expect(await harness.count(`SELECT count(*) FROM public.effects`)).toBe(total);
    expect(await harness.count(`SELECT count(DISTINCT event_id) FROM public.effects`)).toBe(total);
    expect(await unpublished()).toBe(0);
    expect(await harness.count(`SELECT count(*) FROM messaging.inbox`)).toBe(total);
  }, 180000);
});
