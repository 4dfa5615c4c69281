import { eventually } from '../support/eventually';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { TransportUnderTest, transportCases } from '../support/transports';
import {
  MessagingHarness,
  PROJECTION_CONSUMER,
  ThingHappenedIntegrationEvent,
  ThingUpdatedIntegrationEvent,
} from './messaging-harness';

// Real processes and a shared broker on a 2-core machine: a rare scheduling stall must not fail CI;
// a real defect fails every attempt.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/** Runs `total` writes from `concurrency` writers; `onProgress` sees how many were written so far. */
async function writeMany(
  total: number,
  concurrency: number,
  write: (index: number) => Promise<void>,
  onProgress = (_done: number) => {},
): Promise<void> {
  let next = 0;
  let done = 0;
  const writer = async () => {
    while (next < total) {
      await write(next++);
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, writer));
}

describe.each(transportCases())(
  'competing instances, lost connections and per-stream order on the %s transport',
  (_, createTransport) => {
    const transport: TransportUnderTest = createTransport();
    let db: TestDatabase;
    let site: Record<string, string>;
    let instances: MessagingHarness[];

    const start = async () => {
      const instance = await MessagingHarness.start(db.url, { env: site });
      instances.push(instance);
      return instance;
    };
    const stop = async (instance: MessagingHarness) => {
      instances = instances.filter((other) => other !== instance);
      await instance.close();
    };
    const count = (sql: string) => instances[0].count(sql);
    const allApplied = async (total: number, timeoutMs = 45000) => {
      await eventually(
        () => count(`SELECT count(*) FROM public.effects`),
        (n) => n >= total,
        {
          timeoutMs,
          intervalMs: 250,
          what: `${total} effects`,
        },
      );
      expect(await count(`SELECT count(DISTINCT event_id) FROM public.effects`)).toBe(total);
      expect(await count(`SELECT count(*) FROM public.effects`)).toBe(total);
      await eventually(
        () => count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`),
        (n) => n === 0,
        { what: 'every row to be marked published' },
      );
    };

    /**
     * Cuts the transport under a running instance: every broker connection closed (RabbitMQ), or the
     * in-process subscription dropped and taken up again.
     */
    const interrupt = async (instance: MessagingHarness) => {
      if (transport.dropConnections) return transport.dropConnections();
      await instance.stopListening();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await instance.listen();
    };

    beforeAll(() => transport.setUp());
    afterAll(() => transport.tearDown());

    beforeEach(async () => {
      db = await createTestDatabase();
      site = transport.env();
      instances = [];
    });

    afterEach(async () => {
      for (const instance of instances) await instance.close();
      await db.drop();
    });

    it('shares the work between two instances, applies every event once, and fails over when one stops', async () => {
      const [first, second] = [await start(), await start()];
      let stopping: Promise<void> | undefined;
      await writeMany(
        600,
        4,
        (index) => (index % 2 === 0 || stopping ? second : first).record(ThingHappenedIntegrationEvent, `t${index}`),
        (done) => {
          if (done === 300) stopping = stop(first);
        },
      );
      await stopping;
      await allApplied(600);
    });

    it('loses nothing and applies nothing twice when the transport is cut during a 2,000-event run', async () => {
      const instance = await start();
      let outage: Promise<void> | undefined;
      await writeMany(
        2000,
        8,
        (index) => instance.record(ThingHappenedIntegrationEvent, `t${index}`),
        (done) => {
          if (done === 600) outage = interrupt(instance);
        },
      );
      await outage;
      await allApplied(2000);
      expect(instance.transport.health().up).toBe(true);
    }, 90000);

    it('applies 1,000 interleaved updates to 10 streams in stream order with two instances', async () => {
      const pair = [await start(), await start()];
      const streams = 10;
      const versions = 100;
      await Promise.all(
        Array.from({ length: streams }, async (_, stream) => {
          for (let version = 1; version <= versions; version++) {
            await pair[(stream + version) % 2].record(ThingUpdatedIntegrationEvent, `s${stream}`, {
              streamVersion: version,
              n: version,
            });
          }
        }),
      );
      await eventually(
        () => instances[0].query(`SELECT stream_id, version FROM public.thing_projection ORDER BY stream_id`),
        (rows: { version: number }[]) => rows.length === streams && rows.every((row) => row.version === versions),
        { timeoutMs: 30000, what: `every projection at version ${versions}` },
      );
      expect(await count(`SELECT count(*) FROM public.order_violations`)).toBe(0);
      expect(await count(`SELECT count(*) FROM messaging.inbox WHERE consumer = '${PROJECTION_CONSUMER}'`)).toBe(
        streams * versions,
      );
    });
  },
);
