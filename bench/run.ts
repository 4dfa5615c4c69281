/**
 * `npm run bench`: measures the app against baselines on this machine's PostgreSQL and RabbitMQ, in its
 * own database and virtual host, prints a table and writes bench/results/<ISO date>.json. BENCH_ONLY
 * (e.g. `read,write`) runs some scenarios only. See bench/README.md for what each scenario measures.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { MODULES, migrationsFor } from '../src/module-registry';
import { openDatabase } from '../src/shared/database/open-database';
import { BenchRun, SCENARIOS, ScenarioName } from './lib/bench-run';
import { createBenchDatabase } from './lib/database';
import { BUILD_ROOT } from './lib/processes';
import { Progress } from './lib/progress';
import { printReport, writeReport } from './lib/report';
import { Results } from './lib/results';
import { buildReport } from './lib/summary';
import * as groups from './scenarios/groups';

/** A group that hangs (a broker that accepts connections but never answers) must not hang the run. */
const GROUP_TIMEOUT_S = 300;
/** Seeding a million events and folding them takes minutes on a small machine. */
const ANALYTICS_TIMEOUT_S = 1200;

function selectedScenarios(): Set<ScenarioName> {
  const raw = process.env.BENCH_ONLY?.split(',')
    .map((name) => name.trim())
    .filter(Boolean) ?? [...SCENARIOS];
  const unknown = raw.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY: unknown scenario ${unknown.join(', ')}; use ${SCENARIOS.join(', ')}`);
  return new Set(raw as ScenarioName[]);
}

/** Phases announced on the way, so the percentage shown is of the whole run. */
function phaseCount(only: ReadonlySet<ScenarioName>): number {
  const has = (name: ScenarioName) => (only.has(name) ? 1 : 0);
  const monolith = has('read') || has('write') || has('propagation') || has('sustained');
  const baselines = has('read') || has('write') || has('sustained');
  return (
    2 +
    monolith +
    2 * has('read') +
    has('propagation') +
    has('write') +
    has('sustained') +
    baselines +
    has('read') +
    2 * (has('propagation') + has('sustained')) +
    has('propagation') +
    3 * has('split') +
    has('relay') +
    2 * has('search') +
    2 * has('replay') +
    has('startup') +
    3 * has('reservation') +
    3 * has('analytics')
  );
}

async function main(): Promise<void> {
  const only = selectedScenarios();
  const progress = new Progress(phaseCount(only));
  const startedAt = new Date().toISOString();
  const loadAtStart = Math.round(loadavg()[0] * 100) / 100;
  progress.phase('setup: database (all migrations)');
  const db = await createBenchDatabase();
  const run = new BenchRun(db, progress, only);
  const cleanup = async () => {
    await run.stop();
    await db.drop().catch((error) => console.warn(`could not drop the bench database: ${error}`));
    await run.dropBroker().catch((error) => console.warn(`could not drop the bench virtual host or streams: ${error}`));
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    const schema = await openDatabase({
      databaseUrl: db.url,
      dataDir: '.data',
      entities: [],
      migrations: migrationsFor(MODULES),
    });
    await schema.close();
    const results: Results = { propagation: {}, sustained: {}, failures: [] };
    // A scenario that fails (a broker that does not answer) is reported; the others still run.
    const attempt = async (name: string, group: () => Promise<void>, timeoutS = GROUP_TIMEOUT_S) => {
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`gave up after ${timeoutS} s`)), timeoutS * 1000);
      });
      try {
        await Promise.race([group(), limit]);
      } catch (error) {
        results.failures.push({ scenario: name, error: error instanceof Error ? error.message : String(error) });
        progress.note(`${name} FAILED: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        await run.stop();
      } finally {
        clearTimeout(timer);
      }
    };
    if (run.wants('read', 'write', 'propagation', 'sustained')) {
      let productIds: string[] = [];
      await attempt('app in-process', async () => {
        productIds = await groups.monolithInProcess(run, results);
      });
      // The bare server's write throughput is also what the sustained rate is a ratio of.
      if (productIds.length > 0 && run.wants('read', 'write', 'sustained')) {
        await attempt('baselines', () => groups.baselines(run, results, productIds));
      }
      if (productIds.length > 0 && run.wants('propagation', 'sustained')) {
        await attempt('RabbitMQ monolith', () => groups.overBroker(run, results, productIds, 'rabbitmq'));
        await attempt('NATS monolith', () => groups.overBroker(run, results, productIds, 'nats'));
      }
    }
    if (run.wants('split')) await attempt('split', () => groups.split(run, results));
    if (run.wants('relay')) await attempt('relay', () => groups.relay(run, results));
    if (run.wants('search')) await attempt('search', () => groups.search(run, results));
    if (run.wants('replay')) await attempt('replay', () => groups.replay(run, results));
    if (run.wants('startup')) await attempt('startup', () => groups.startup(run, results));
    if (run.wants('reservation')) await attempt('reservation', () => groups.reservation(run, results));
    if (run.wants('analytics')) await attempt('analytics', () => groups.analytics(run, results), ANALYTICS_TIMEOUT_S);

    progress.phase('report');
    const [{ server_version: postgres }] = await db.query<{ server_version: string }>(`SHOW server_version`);
    const report = buildReport(results, {
      startedAt,
      loadAtStart,
      durationS: Math.round(progress.elapsedMs() / 1000),
      loadDurationS: run.durationS,
      postgres,
      rabbitmq: run.wants('relay', 'propagation', 'sustained', 'split')
        ? (await run.broker()).url.replace(/\/\/[^@]*@/, '//')
        : 'not used',
      nats: run.wants('propagation', 'sustained') ? (await run.nats()).url.replace(/\/\/[^@]*@/, '//') : 'not used',
      relayEvents: groups.RELAY_EVENTS,
      propagationRate: groups.PROPAGATION_RATE,
      searchCorpus: `${groups.SEARCH_PRODUCTS} products and ${groups.SEARCH_REVIEWS} reviews`,
    });
    printReport(report);
    console.log(`results: ${writeReport(join(BUILD_ROOT, '..', '..'), report)}`);
    if (results.failures.length > 0) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

main()
  // Whatever a timed-out group left open (sockets, timers) must not keep the process alive.
  .then(() => process.exit())
  .catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
