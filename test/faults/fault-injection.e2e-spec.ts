import { FAULT_CRASH_VARIABLE } from '../../src/shared/messaging/testing/fault-points';
import { eventually } from '../support/eventually';
import { SplitDeployment, SplitProcessName } from '../support/split-deployment';
import { queueDepths } from './support/broker-queues';
import { checkConsistency, deliveryBacklog, Query } from './support/consistency';
import { Random } from './support/random';
import { replaysIdempotentRequests, sendWithRetries, Settled } from './support/resilient-client';
import { Shop } from './support/shop';

const COMMANDS = 5000;
const CONCURRENCY = 16;

const seconds = (since: number) => Math.round((Date.now() - since) / 1000);

/** Chaos run against the split deployment (five module services, gateway, RabbitMQ, PostgreSQL). */
describe('the split deployment under faults', () => {
  let deployment: SplitDeployment;
  // Every service's database seen as one, so the checks compare modules as in the monolith.
  const query: Query = (sql, params) => deployment.overview(sql, params);
  const faults = { kills: 0, producerCrashes: 0, connectionDrops: 0, backendTerminations: 0 };
  const random = new Random();
  const shop = new Shop(random, 400);

  beforeAll(async () => {
    deployment = await SplitDeployment.start({
      env: { RELAY_POLL_INTERVAL_MS: '100', CONSUMER_BACKOFF_MS: '50' },
    });
  }, 180000);
  afterAll(async () => {
    await deployment?.stop();
  });

  const readyAt = (name: SplitProcessName) => {
    const port = deployment.processes.get(name)!.port;
    return eventually(
      () => fetch(`http://127.0.0.1:${port}/health/ready`).then((response) => response.status),
      (status) => status === 200,
      { timeoutMs: 90000, intervalMs: 200, what: `${name} to be ready again` },
    );
  };
  const exitOf = (name: SplitProcessName, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const { child } = deployment.processes.get(name)!;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => reject(new Error(`${name} still running after ${timeoutMs} ms`)), timeoutMs);
      child.once('exit', () => resolve(clearTimeout(timer)));
    });

  /** SIGKILL, as a crashed host or an OOM kill would, then a restart. */
  async function killAndRestart(name: SplitProcessName): Promise<void> {
    await deployment.kill(name, 'SIGKILL');
    faults.kills++;
    deployment.restart(name);
    await readyAt(name);
  }

  /** Restarts reviews armed to die at a point of its outbox relay, lets it die there, then restarts it plainly. */
  async function crashProducerAt(plan: string): Promise<void> {
    await deployment.kill('reviews', 'SIGTERM');
    deployment.restart('reviews', { [FAULT_CRASH_VARIABLE]: plan });
    await exitOf('reviews', 90000);
    const crashed = deployment.output('reviews').some((line) => line.includes(`crashing at ${plan.split(':')[0]}`));
    if (!crashed)
      throw new Error(`reviews did not crash at ${plan}:\n${deployment.output('reviews').slice(-10).join('\n')}`);
    faults.producerCrashes++;
    deployment.restart('reviews');
    await readyAt('reviews');
  }

  async function dropBrokerConnections(): Promise<void> {
    await deployment.broker.closeConnections();
    faults.connectionDrops++;
  }

  async function terminateBackends(): Promise<void> {
    const rows = await deployment.query<{ terminated: boolean }>(
      'catalog',
      `SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
       WHERE datname = ANY($1) AND pid <> pg_backend_pid()`,
      [Object.values(deployment.databases).map((database) => database.name)],
    );
    faults.backendTerminations += rows.filter((row) => row.terminated).length;
  }

  async function deleteProduct(): Promise<void> {
    const product = shop.products[shop.products.length - 1];
    const deleted = await sendWithRetries(deployment.baseUrl, shop.deletion(product));
    if (deleted.outcome.status !== 204) throw new Error(`could not delete ${product}: ${JSON.stringify(deleted)}`);
  }

  /** What happens when the load has sent the given share of its commands. */
  const CHAOS: [number, string, () => Promise<void>][] = [
    [0.06, 'SIGKILL search, restart', () => killAndRestart('search')],
    [0.12, 'terminate PostgreSQL backends', () => terminateBackends()],
    [0.18, 'SIGKILL rating, restart', () => killAndRestart('rating')],
    [0.24, 'close broker connections', () => dropBrokerConnections()],
    [0.3, 'reviews dies after publish, before mark', () => crashProducerAt('after-publish-before-mark:3')],
    [0.38, 'SIGKILL search, restart', () => killAndRestart('search')],
    [0.44, 'terminate PostgreSQL backends', () => terminateBackends()],
    [0.5, 'SIGKILL rating, restart', () => killAndRestart('rating')],
    [0.56, 'reviews dies after commit, before relay', () => crashProducerAt('after-outbox-commit:4')],
    [0.62, 'close broker connections', () => dropBrokerConnections()],
    [0.68, 'SIGKILL search, restart', () => killAndRestart('search')],
    [0.74, 'terminate PostgreSQL backends', () => terminateBackends()],
    [0.8, 'SIGKILL rating, restart', () => killAndRestart('rating')],
    // Not a fault: a deletion fans out into review deletions, so that path runs under the chaos too.
    [0.86, 'delete a product', () => deleteProduct()],
  ];

  it('loses no event, applies none twice and keeps every projection equal to the event store', async () => {
    const started = Date.now();
    await shop.stock(deployment.baseUrl, 8, 1_000_000);
    const keyed = await replaysIdempotentRequests(deployment.baseUrl, {
      ...shop.next(true),
      kind: 'reserve',
      method: 'POST',
      path: `/api/v1/inventory/${shop.products[0]}/reservations`,
      body: { quantity: 1 },
    });

    let sent = 0;
    const settled: Settled[] = [];
    const client = async () => {
      while (sent < COMMANDS) {
        sent++;
        const command = shop.next(keyed);
        const result = await sendWithRetries(deployment.baseUrl, command, keyed ? 10000 : 0);
        shop.observe(command, result.outcome);
        settled.push(result);
      }
    };
    const chaos = (async () => {
      for (const [share, label, fault] of CHAOS) {
        await eventually(
          async () => sent,
          (count) => count >= share * COMMANDS,
          { timeoutMs: 300000, intervalMs: 100 },
        );
        await fault();
        // Live, not buffered like console.log, so a run that stalls shows how far the chaos got.
        process.stderr.write(`chaos: ${label} (at ${sent} commands, ${seconds(started)} s)\n`);
      }
    })();
    await Promise.all([...Array.from({ length: CONCURRENCY }, client), chaos]);
    const loadSeconds = seconds(started);

    await deployment.waitUntilReady();
    await eventually(
      () => deliveryBacklog(query),
      (backlog) => backlog.unpublished === 0 && backlog.lost.length === 0,
      { timeoutMs: 90000, intervalMs: 500, what: 'every committed event to reach every consumer' },
    );
    await eventually(
      () => queueDepths(deployment.broker.url, deployment.prefix),
      (depths) => depths.ready === 0,
      { timeoutMs: 60000, intervalMs: 500, what: 'the queues to drain' },
    );
    const consistency = await checkConsistency(query, (sql, params) => deployment.query('inventory', sql, params));
    const depths = await queueDepths(deployment.broker.url, deployment.prefix);

    const unknown = settled.filter((result) => result.unknown);
    const committedByCorrelation = new Set(
      (
        await query<{ correlation_id: string }>(
          `SELECT DISTINCT correlation_id FROM messaging.event_store WHERE correlation_id = ANY($1)`,
          [unknown.map((result) => result.command.correlationId)],
        )
      ).map((row) => row.correlation_id),
    );
    const table: [string, string | number][] = [
      ['commands sent', settled.length],
      ['  succeeded (2xx)', settled.filter((result) => (result.outcome.status ?? 0) < 300 && !result.unknown).length],
      ['  rejected (4xx)', settled.filter((result) => (result.outcome.status ?? 0) >= 400 && !result.unknown).length],
      ['  retried', settled.filter((result) => result.attempts > 1).length],
      ['  unknown outcome', unknown.length],
      ['  unknown, found committed', committedByCorrelation.size],
      ['Idempotency-Key replays', keyed ? 'yes' : 'no'],
      ['committed events', consistency.committedEvents],
      ['lost', consistency.lost.length],
      ['duplicated', consistency.duplicated.length],
      ['projection mismatches', consistency.mismatches.length],
      ['dead letters (table / DLQs)', `${consistency.deadLetters} / ${depths.deadLettered}`],
      ['consumer kills (SIGKILL)', faults.kills],
      ['producer crashes (fault points)', faults.producerCrashes],
      ['broker connection drops', faults.connectionDrops],
      ['PostgreSQL backends terminated', faults.backendTerminations],
      ['databases (one per service)', new Set(Object.values(deployment.databases)).size],
      ['load phase (s)', loadSeconds],
      ['elapsed (s)', seconds(started)],
    ];
    console.log(`fault injection (seed ${random.seed})\n${table.map(([k, v]) => `${k.padEnd(34)} ${v}`).join('\n')}`);

    expect(settled).toHaveLength(COMMANDS);
    expect(consistency.lost).toEqual([]);
    expect(consistency.duplicated).toEqual([]);
    expect(consistency.mismatches).toEqual([]);
    expect(consistency.deadLetters).toBe(0);
    expect(depths.deadLettered).toBe(0);
    expect(faults).toEqual({
      kills: 6,
      producerCrashes: 2,
      connectionDrops: 2,
      backendTerminations: expect.any(Number),
    });
    expect(faults.backendTerminations).toBeGreaterThanOrEqual(3);
  }, 600000);
});
