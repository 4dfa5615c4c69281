import { Client } from 'pg';
import { FAULT_CRASH_VARIABLE, FaultPoint } from '../../src/shared/messaging/testing/fault-points';
import { unsettledMessages } from '../nats/test-nats';
import { eventually } from '../support/eventually';
import { createTestDatabase } from '../support/test-database';
import { TransportUnderTest, transportCases } from '../support/transports';
import { AppProcess, MonolithSite, freePort, monolithEnv } from './support/app-process';
import { queueDepths } from './support/broker-queues';
import { Consistency, Query, checkConsistency, deliveryBacklog } from './support/consistency';
import { limited } from './support/limited';
import { Random } from './support/random';
import { Shop, send } from './support/shop';

/**
 * Crashes per point and transport; `FAULT_CRASHES` lowers it for a quick local run. 17 on each of three
 * transports keeps the budget of about 200 process starts (4 points × 3 transports × 17 = 204; `docs/decisions.md`).
 */
const CRASHES = Number(process.env.FAULT_CRASHES ?? 17);
/**
 * Campaigns that run at once. Each crash costs a process start (about 2 s of CPU, mostly loading
 * modules), so on two cores more parallel campaigns only make every start slower.
 */
const PARALLEL_CAMPAIGNS = 2;

/**
 * The pass that kills each process, drawn per restart. A consumer crashing before its commit leaves
 * the event to be redelivered first after the restart; dying on a later pass lets it through.
 */
const PASSES: Record<FaultPoint, [number, number]> = {
  'after-outbox-commit': [1, 5],
  'after-publish-before-mark': [1, 4],
  'consumer-before-commit': [2, 8],
  'consumer-after-commit-before-ack': [1, 8],
};

interface CampaignReport {
  transport: string;
  point: FaultPoint;
  /** Replays the drawn passes and commands with `new Random(seed)`. */
  seed: number;
  crashes: number;
  /** Crashes that provably left work for the next process (unpublished rows, unacked or unapplied events). */
  leftWorkBehind: number;
  commands: number;
  unknownOutcomes: number;
  events: number;
  lost: number;
  duplicated: number;
  mismatches: number;
  seconds: number;
  consistency: Consistency;
}

/**
 * Messages waiting on the transport's wire: a RabbitMQ's shard queues, the NATS partition consumers'
 * unsettled messages (a killed consumer's stay unacknowledged until the ack wait); in-process the
 * outbox is the only queue.
 */
async function waitingOnWire(site: MonolithSite): Promise<number> {
  const { EVENT_TRANSPORT, RABBITMQ_URL, RABBITMQ_PREFIX } = site.transportEnv;
  if (EVENT_TRANSPORT === 'nats') return unsettledMessages(site.transportEnv);
  return EVENT_TRANSPORT === 'rabbitmq' ? (await queueDepths(RABBITMQ_URL, RABBITMQ_PREFIX)).ready : 0;
}

/** Whatever the crash at `point` must have left behind for the next process to finish. */
async function workLeftBehind(point: FaultPoint, query: Query, site: MonolithSite): Promise<boolean> {
  switch (point) {
    case 'after-outbox-commit':
    case 'after-publish-before-mark':
      return (await deliveryBacklog(query)).unpublished > 0;
    case 'consumer-before-commit':
      return (await deliveryBacklog(query)).lost.length > 0;
    case 'consumer-after-commit-before-ack':
      // In-process, an event counts as published only once every consumer settled it: it stays in the
      // outbox. A broker puts the unacknowledged message back once it sees the connection gone.
      if (site.transportEnv.EVENT_TRANSPORT === 'inprocess') return (await deliveryBacklog(query)).unpublished > 0;
      return eventually(
        () => waitingOnWire(site),
        (ready) => ready > 0,
        { timeoutMs: 3000, intervalMs: 100 },
      ).then(
        () => true,
        () => false,
      );
  }
}

/** Sends random shop commands from three clients until the process dies (it must, at its fault point). */
async function loadUntilCrash(app: AppProcess, shop: Shop, tally: { commands: number; unknown: number }) {
  if (!(await app.ready())) return;
  const deadline = Date.now() + 30000;
  const client = async () => {
    while (app.running) {
      if (Date.now() > deadline) throw new Error(`the process did not crash within 30 s:\n${app.tail()}`);
      const command = shop.next();
      const outcome = await send(app.baseUrl, command, 10000);
      // Refused: the process is gone and nothing was sent; any other network error leaves the outcome open.
      if (outcome.error === 'ECONNREFUSED') continue;
      tally.commands++;
      if (outcome.error !== undefined) tally.unknown++;
      shop.observe(command, outcome);
    }
  };
  await Promise.all([client(), client(), client()]);
}

async function campaign(transport: TransportUnderTest, point: FaultPoint): Promise<CampaignReport> {
  const started = Date.now();
  const database = await createTestDatabase();
  await transport.setUp();
  const site: MonolithSite = { databaseUrl: database.url, transportEnv: transport.env(), port: await freePort() };
  const db = new Client({ connectionString: database.url });
  const query: Query = async (sql, params) => (await db.query(sql, params as unknown[])).rows;
  const random = new Random();
  const shop = new Shop(random);
  const tally = { commands: 0, unknown: 0 };
  let app = new AppProcess(monolithEnv(site));
  try {
    if (!(await app.ready())) throw new Error(`the first process did not start:\n${app.tail()}`);
    await db.connect();
    await shop.stock(app.baseUrl, 3);
    await app.stop();

    let leftWorkBehind = 0;
    for (let crash = 1; crash <= CRASHES; crash++) {
      const plan = `${point}:${random.int(...PASSES[point])}`;
      app = new AppProcess(monolithEnv(site, { [FAULT_CRASH_VARIABLE]: plan }));
      await loadUntilCrash(app, shop, tally);
      const exit = await app.exited;
      if (exit.signal !== 'SIGKILL' || !app.output.some((line) => line.includes(`crashing at ${point}`))) {
        throw new Error(
          `crash ${crash} (${plan}, seed ${random.seed}) ended with ${JSON.stringify(exit)}:\n${app.tail()}`,
        );
      }
      if (await workLeftBehind(point, query, site)) leftWorkBehind++;
    }

    app = new AppProcess(monolithEnv(site));
    if (!(await app.ready())) throw new Error(`the last process did not start:\n${app.tail()}`);
    await eventually(
      () => deliveryBacklog(query),
      (backlog) => backlog.unpublished === 0 && backlog.lost.length === 0,
      { timeoutMs: 60000, intervalMs: 250, what: `every committed event to reach every consumer after ${point}` },
    );
    await eventually(
      () => waitingOnWire(site),
      (ready) => ready === 0,
      { timeoutMs: 30000, intervalMs: 250, what: 'the redelivered duplicates to be drained' },
    );
    const consistency = await checkConsistency(query);
    return {
      transport: transport.name,
      point,
      seed: random.seed,
      crashes: CRASHES,
      leftWorkBehind,
      commands: tally.commands,
      unknownOutcomes: tally.unknown,
      events: consistency.committedEvents,
      lost: consistency.lost.length,
      duplicated: consistency.duplicated.length,
      mismatches: consistency.mismatches.length,
      seconds: Math.round((Date.now() - started) / 1000),
      consistency,
    };
  } finally {
    await app.stop('SIGKILL');
    await db.end().catch(() => undefined);
    await transport.tearDown().catch(() => undefined);
    await database.drop().catch(() => undefined);
  }
}

const POINTS = Object.keys(PASSES) as FaultPoint[];
const CASES = transportCases().flatMap(([name, create]) => POINTS.map((point) => [name, point, create] as const));

describe(`a process killed at a fault point, ${CRASHES} times per point and transport, while customers write`, () => {
  const slot = limited(PARALLEL_CAMPAIGNS);
  const campaigns = new Map<string, Promise<CampaignReport>>();
  const reports: CampaignReport[] = [];

  beforeAll(() => {
    for (const [name, point, create] of CASES) {
      const running = slot(() => campaign(create(), point));
      // Awaited by the case's own test; this only keeps an early failure from counting as unhandled.
      running.catch(() => undefined);
      campaigns.set(`${name} ${point}`, running);
    }
  });
  afterAll(() => {
    if (reports.length === 0) return;
    const header = [
      'transport',
      'point',
      'seed',
      'crashes',
      'leftWorkBehind',
      'commands',
      'unknownOutcomes',
      'events',
      'lost',
      'duplicated',
      'mismatches',
      'seconds',
    ] as const;
    const rows = reports.map((report) => header.map((column) => String(report[column])));
    const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index].length)));
    const line = (cells: readonly string[]) => cells.map((cell, index) => cell.padEnd(widths[index])).join('  ');
    console.log(`crash campaigns (monolith, SIGKILL at the point, restart)\n${[header, ...rows].map(line).join('\n')}`);
  });

  it.each(CASES.map(([name, point]) => [name, point]))(
    'on the %s transport loses no event and applies none twice when it dies at %s',
    async (name, point) => {
      const report = await campaigns.get(`${name} ${point}`)!;
      reports.push(report);
      expect(report.consistency.lost).toEqual([]);
      expect(report.consistency.duplicated).toEqual([]);
      expect(report.consistency.mismatches).toEqual([]);
      expect(report.consistency.deadLetters).toBe(0);
      // Each crash strands work by construction; the next process must have finished it.
      expect(report.leftWorkBehind).toBe(CRASHES);
    },
    1_200_000,
  );
});
