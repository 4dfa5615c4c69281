import { UnitOfWork } from '../../src/shared/messaging/outbox/unit-of-work';
import { eventually } from '../support/eventually';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import {
  RabbitMqTestApp,
  ThingHappenedIntegrationEvent,
  ThingUpdatedIntegrationEvent,
  startRabbitMqTestApp,
} from './rabbitmq-test-app';
import { createTestBroker, TestBroker } from './test-broker';

// Real processes and a shared broker on a 2-core machine: a rare scheduling stall must not fail CI;
// a real defect fails every attempt.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

describe('RabbitMQ transport: competing instances, outages and per-stream order', () => {
  let broker: TestBroker;
  let db: TestDatabase;
  let apps: RabbitMqTestApp[];
  let prefix: string;

  const start = async () => {
    const app = await startRabbitMqTestApp(db.url, { url: broker.url, prefix });
    apps.push(app);
    return app;
  };
  const stop = async (app: RabbitMqTestApp) => {
    apps = apps.filter((other) => other !== app);
    await app.close();
  };
  const count = async (sql: string) => Number((await apps[0].database.dataSource.query(sql))[0].count);
  const happen = (app: RabbitMqTestApp, thingId: string) =>
    app.context.get(UnitOfWork).run(async (tx) => {
      tx.record(ThingHappenedIntegrationEvent, {
        streamId: `things.thing:${thingId}`,
        streamVersion: 1,
        payload: { thingId, n: 1 },
      });
    });
  /** Runs `total` writes from `concurrency` writers; `onProgress` sees how many were written so far. */
  const writeMany = async (
    total: number,
    concurrency: number,
    write: (index: number) => Promise<void>,
    onProgress = (_done: number) => {},
  ) => {
    let next = 0;
    let done = 0;
    const writer = async () => {
      while (next < total) {
        await write(next++);
        onProgress(++done);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, writer));
  };

  beforeAll(async () => {
    broker = await createTestBroker();
  });
  afterAll(async () => {
    await broker.drop();
  });

  beforeEach(async () => {
    db = await createTestDatabase();
    prefix = broker.newPrefix();
    apps = [];
  });

  afterEach(async () => {
    for (const app of apps) await app.close();
    await db.drop();
  });

  it('shares the queues between two instances, applies every event once, and fails over when one stops', async () => {
    const [first, second] = [await start(), await start()];
    let stopping: Promise<void> | undefined;
    await writeMany(
      600,
      4,
      (index) => happen(index % 2 === 0 || stopping ? second : first, `t${index}`),
      (done) => {
        if (done === 300) stopping = stop(first);
      },
    );
    await stopping;
    await eventually(
      () => count(`SELECT count(*) FROM public.effects`),
      (n) => n >= 600,
      {
        timeoutMs: 30000,
        what: '600 effects',
      },
    );
    expect(await count(`SELECT count(DISTINCT event_id) FROM public.effects`)).toBe(600);
    expect(await count(`SELECT count(*) FROM public.effects`)).toBe(600);
    await eventually(
      () => count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`),
      (n) => n === 0,
    );
  });

  it('loses nothing when the broker drops every connection during a 2,000-event run', async () => {
    const app = await start();
    let disconnects = 0;
    app.server.on('disconnect', () => disconnects++);
    let outage: Promise<void> | undefined;
    await writeMany(
      2000,
      8,
      (index) => happen(app, `t${index}`),
      (done) => {
        if (done === 600) outage = broker.closeConnections();
      },
    );
    await outage;
    await eventually(
      () => count(`SELECT count(*) FROM public.effects`),
      (n) => n >= 2000,
      {
        timeoutMs: 45000,
        intervalMs: 250,
        what: '2,000 effects',
      },
    );
    expect(await count(`SELECT count(DISTINCT event_id) FROM public.effects`)).toBe(2000);
    expect(await count(`SELECT count(*) FROM public.effects`)).toBe(2000);
    await eventually(
      () => count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`),
      (n) => n === 0,
    );
    expect(disconnects).toBeGreaterThan(0);
    expect(app.transport.health().up).toBe(true);
  }, 90000);

  it('applies 1,000 interleaved updates to 10 streams in stream order with two consumer instances', async () => {
    const instances = [await start(), await start()];
    const streams = 10;
    const versions = 100;
    await Promise.all(
      Array.from({ length: streams }, async (_, stream) => {
        for (let version = 1; version <= versions; version++) {
          await instances[(stream + version) % 2].context.get(UnitOfWork).run(async (tx) => {
            tx.record(ThingUpdatedIntegrationEvent, {
              streamId: `things.thing:s${stream}`,
              streamVersion: version,
              payload: { thingId: `s${stream}`, n: version },
            });
          });
        }
      }),
    );
    await eventually(
      () =>
        apps[0].database.dataSource.query(`SELECT stream_id, version FROM public.thing_projection ORDER BY stream_id`),
      (rows: { version: number }[]) => rows.length === streams && rows.every((row) => row.version === versions),
      { timeoutMs: 30000, what: `every projection at version ${versions}` },
    );
    expect(await count(`SELECT count(*) FROM public.order_violations`)).toBe(0);
    expect(await count(`SELECT count(*) FROM messaging.inbox WHERE consumer = 'things.projection'`)).toBe(
      streams * versions,
    );
  });
});
