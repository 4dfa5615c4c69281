import { Client } from 'pg';
import { createTestBroker, TestBroker } from '../rabbitmq/test-broker';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { AppProcess, freePort, monolithEnv } from './support/app-process';
import { Random } from './support/random';
import { Outcome, send, Shop, ShopCommand } from './support/shop';

const SHUTDOWN_GRACE_MS = 10000;

/** Writes that always take effect when they run: every one commits an event. */
function* alwaysEffectiveCommands(products: readonly string[]): Generator<ShopCommand> {
  for (let sequence = 0; ; sequence++) {
    const product = products[sequence % products.length];
    const user = `steady-${sequence}`;
    const correlationId = `shutdown-${process.pid}-${sequence}`;
    const base = { user, correlationId };
    switch (sequence % 3) {
      case 0:
        yield {
          ...base,
          kind: 'rate',
          method: 'PUT',
          path: `/api/v1/products/${product}/ratings/me`,
          body: { stars: 4 },
        };
        break;
      case 1:
        yield {
          ...base,
          kind: 'review',
          method: 'POST',
          path: `/api/v1/products/${product}/reviews`,
          body: { title: 'Steady', body: `written during shutdown ${sequence}` },
        };
        break;
      default:
        yield {
          ...base,
          kind: 'reserve',
          method: 'POST',
          path: `/api/v1/inventory/${product}/reservations`,
          body: { quantity: 1 },
        };
    }
  }
}

describe('graceful shutdown under load', () => {
  let database: TestDatabase;
  let broker: TestBroker;
  let app: AppProcess | undefined;
  const storedEvents = async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ correlation_id: string; published: boolean }>(
        `SELECT correlation_id, published_at IS NOT NULL AS published FROM messaging.event_store`,
      );
      return rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    [database, broker] = await Promise.all([createTestDatabase(), createTestBroker()]);
  });
  afterAll(async () => {
    await app?.stop('SIGKILL');
    await broker?.drop();
    await database?.drop();
  });

  it('answers every accepted request, publishes its events and exits 0 within the grace period on SIGTERM', async () => {
    const site = {
      databaseUrl: database.url,
      transportEnv: { EVENT_TRANSPORT: 'rabbitmq', RABBITMQ_URL: broker.url, RABBITMQ_PREFIX: broker.newPrefix() },
      port: await freePort(),
    };
    app = new AppProcess(monolithEnv(site, { SHUTDOWN_GRACE_MS: String(SHUTDOWN_GRACE_MS) }));
    expect(await app.ready()).toBe(true);
    const shop = new Shop(new Random());
    await shop.stock(app.baseUrl, 3, 1_000_000);

    const commands = alwaysEffectiveCommands(shop.products);
    const results: { command: ShopCommand; outcome: Outcome }[] = [];
    let refused = false;
    const client = async () => {
      while (!refused) {
        const command = commands.next().value as ShopCommand;
        const outcome = await send(app!.baseUrl, command);
        // Refused: nothing listens any more, so nothing was accepted; the load stops there.
        if (outcome.error === 'ECONNREFUSED') refused = true;
        else results.push({ command, outcome });
      }
    };
    const load = Promise.all(Array.from({ length: 12 }, client));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const signalledAt = Date.now();
    await app.stop('SIGTERM');
    const shutdownMs = Date.now() - signalledAt;
    await load;

    const exit = await app.exited;
    expect({ exit, output: exit.code === 0 ? '' : app.tail() }).toEqual({
      exit: { code: 0, signal: null },
      output: '',
    });
    expect(shutdownMs).toBeLessThan(SHUTDOWN_GRACE_MS);

    const rows = await storedEvents();
    const committed = new Set(rows.map((row) => row.correlation_id));
    const answered = results.filter(({ outcome }) => outcome.status !== undefined);
    const unexpected = answered.filter(({ outcome }) => !(outcome.status! < 300 || outcome.status === 503));
    expect(unexpected.map(({ command, outcome }) => `${command.method} ${command.path} -> ${outcome.status}`)).toEqual(
      [],
    );
    const succeeded = answered.filter(({ outcome }) => outcome.status! < 300);
    expect(succeeded.length).toBeGreaterThan(20);
    expect(succeeded.filter(({ command }) => !committed.has(command.correlationId))).toEqual([]);
    // A request cut off on the wire was never read (an idle keep-alive connection closed under it):
    // it must not have taken effect behind the client's back.
    const cutOff = results.filter(({ outcome }) => outcome.error !== undefined);
    expect(cutOff.filter(({ command }) => committed.has(command.correlationId))).toEqual([]);
    expect(rows.filter((row) => !row.published)).toEqual([]);
    console.log(
      `SIGTERM under load: exited 0 after ${shutdownMs} ms; ${succeeded.length} writes succeeded, ` +
        `${answered.length - succeeded.length} got 503, ${cutOff.length} cut off on the wire without effect ` +
        `(${cutOff.map(({ outcome }) => outcome.error).join(', ') || 'none'}), ${rows.length} events, all published`,
    );
  });
});
