import { InboxProcessor } from '../../src/shared/messaging/delivery/inbox';
import { ConsumerRegistry } from '../../src/shared/messaging/consumers/consumer-registry';
import { EventRegistry } from '../../src/shared/messaging/envelope/event-registry';
import { OutboxRelay } from '../../src/shared/messaging/outbox/outbox-relay';
import { UnitOfWork } from '../../src/shared/messaging/outbox/unit-of-work';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { eventually } from '../support/eventually';
import { MessagingTestApp, ThingHappenedIntegrationEvent, faults, startMessagingTestApp } from './messaging-test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outbox, relay and inbox on the in-process transport', () => {
  let db: TestDatabase;
  let app: MessagingTestApp;

  const query = (sql: string, params: unknown[] = []) => app.database.dataSource.query(sql, params);
  const count = async (sql: string, params: unknown[] = []) => Number((await query(sql, params))[0].count);

  const write = (thingId: string, n = 1, delayBeforeCommitMs = 0) =>
    app.context.get(UnitOfWork).run(async (tx) => {
      await tx.manager.query(`INSERT INTO public.things (id) VALUES ($1)`, [thingId]);
      tx.record(ThingHappenedIntegrationEvent, {
        streamId: `things.thing:${thingId}`,
        streamVersion: 1,
        payload: { thingId, n },
      });
      if (delayBeforeCommitMs) await sleep(delayBeforeCommitMs);
    });

  beforeEach(async () => {
    db = await createTestDatabase();
    app = await startMessagingTestApp(db.url);
    await query(`CREATE TABLE public.things (id text PRIMARY KEY)`);
    faults.failuresBeforeSuccess = 0;
    faults.attemptsSeen = 0;
  });

  afterEach(async () => {
    await app.close();
    await db.drop();
  });

  it('delivers an event committed with its state change exactly once', async () => {
    await write('a');
    await eventually(
      () => count(`SELECT count(*) FROM public.effects`),
      (n) => n === 1,
      { what: 'one effect' },
    );
    await app.context.get(OutboxRelay).flush();
    expect(await count(`SELECT count(*) FROM public.effects WHERE thing_id = 'a'`)).toBe(1);
    expect(await count(`SELECT count(*) FROM messaging.inbox WHERE consumer = 'things.effects'`)).toBe(1);
    expect(await count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`)).toBe(0);
  });

  it('records no event when the state change rolls back', async () => {
    await expect(
      app.context.get(UnitOfWork).run(async (tx) => {
        tx.record(ThingHappenedIntegrationEvent, {
          streamId: 'things.thing:x',
          streamVersion: 1,
          payload: { thingId: 'x', n: 1 },
        });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await count(`SELECT count(*) FROM messaging.event_store`)).toBe(0);
  });

  it('rejects a second event with the same stream version', async () => {
    await write('v');
    await expect(
      app.context.get(UnitOfWork).run(async (tx) => {
        tx.record(ThingHappenedIntegrationEvent, {
          streamId: 'things.thing:v',
          streamVersion: 1,
          payload: { thingId: 'v', n: 2 },
        });
      }),
    ).rejects.toThrow(/event_store_stream_version_unique/);
  });

  it('applies the effect once when the handler throws twice and then succeeds', async () => {
    faults.failuresBeforeSuccess = 2;
    await write('b');
    await eventually(
      () => count(`SELECT count(*) FROM public.effects`),
      (n) => n === 1,
      { what: 'effect after retries' },
    );
    expect(faults.attemptsSeen).toBe(3);
    expect(await count(`SELECT count(*) FROM messaging.dead_letter`)).toBe(0);
  });

  it('parks an event whose handler always throws in the dead-letter table with the error', async () => {
    faults.failuresBeforeSuccess = Infinity;
    await write('c');
    const [row] = await eventually(
      () => query(`SELECT consumer, type, error, attempts FROM messaging.dead_letter`),
      (rows) => rows.length === 1,
      { what: 'a dead letter' },
    );
    expect(row).toMatchObject({ consumer: 'things.effects', type: ThingHappenedIntegrationEvent.type, attempts: 5 });
    expect(row.error).toMatch(/injected failure/);
    expect(await count(`SELECT count(*) FROM public.effects`)).toBe(0);
    await eventually(
      () => count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`),
      (n) => n === 0,
    );
  });

  it('skips a duplicate delivery of the same event', async () => {
    const registration = app.context.get(ConsumerRegistry).forType(ThingHappenedIntegrationEvent.type)[0];
    const event = app.context.get(EventRegistry).parse({
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
    const inbox = app.context.get(InboxProcessor);
    await expect(inbox.process(registration, event)).resolves.toBe('applied');
    await expect(inbox.process(registration, event)).resolves.toBe('duplicate');
    expect(await count(`SELECT count(*) FROM public.effects WHERE thing_id = 'd'`)).toBe(1);
  });

  it('publishes after a restart a row a crash left unpublished between commit and publish', async () => {
    await app.close();
    // A process whose relay never runs commits the state change and its event, then "crashes".
    const crashed = await startMessagingTestApp(db.url, { RELAY_POLL_INTERVAL_MS: '60000' });
    await crashed.context.get(OutboxRelay).stop();
    await crashed.context.get(UnitOfWork).run(async (tx) => {
      tx.record(ThingHappenedIntegrationEvent, {
        streamId: 'things.thing:e',
        streamVersion: 1,
        payload: { thingId: 'e', n: 1 },
      });
    });
    await crashed.database.close();
    expect(await countIn(db.url, `SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`)).toBe(1);

    app = await startMessagingTestApp(db.url, { RELAY_POLL_INTERVAL_MS: '100' });
    await eventually(
      () => count(`SELECT count(*) FROM public.effects WHERE thing_id = 'e'`),
      (n) => n === 1,
      {
        what: 'the recovered event to be applied',
      },
    );
    expect(await count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`)).toBe(0);
  });

  it('publishes every one of 5,000 events from 8 concurrent writers with random commit delays once', async () => {
    const total = 5000;
    let next = 0;
    const writer = async () => {
      while (next < total) {
        const id = `t${next++}`;
        await write(id, 1, Math.random() < 0.2 ? Math.floor(Math.random() * 8) : 0);
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    await eventually(
      () => count(`SELECT count(*) FROM public.effects`),
      (n) => n >= total,
      {
        timeoutMs: 120000,
        intervalMs: 250,
        what: `${total} effects`,
      },
    );
    await app.context.get(OutboxRelay).flush();
    expect(await count(`SELECT count(*) FROM public.effects`)).toBe(total);
    expect(await count(`SELECT count(DISTINCT event_id) FROM public.effects`)).toBe(total);
    expect(await count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*) FROM messaging.inbox`)).toBe(total);
  }, 180000);
});

async function countIn(url: string, sql: string): Promise<number> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].count);
  } finally {
    await client.end();
  }
}
