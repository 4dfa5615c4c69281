/**
 * `npm run bench`: measures the app against baselines on this machine's PostgreSQL and RabbitMQ, in its
 * own database and virtual host, prints a table and writes bench/results/<ISO date>.json. BENCH_ONLY
 * (e.g. `read,write`) runs some scenarios only. See bench/README.md for what each scenario measures.
 */
import { join } from 'node:path';
import { MODULES, migrationsFor } from '../src/module-registry';
import { openDatabase } from '../src/shared/database/open-database';
import { BenchRun, SCENARIOS, ScenarioName } from './lib/bench-run';
import { createBenchBroker } from './lib/broker';
import { createBenchDatabase } from './lib/database';
import { BUILD_ROOT } from './lib/processes';
import { Progress } from './lib/progress';
import { printReport, writeReport } from './lib/report';
import { Results } from './lib/results';
import { buildReport } from './lib/summary';
import * as groups from './scenarios/groups';

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
  const has = (name: ScenarioName) => only.has(name);
  const monolith = has('read') || has('write') || has('propagation');
  return (
    2 +
    (monolith ? 1 : 0) +
    ['read', 'write', 'propagation'].filter((name) => has(name as ScenarioName)).length +
    (has('read') || has('write') ? 1 : 0) +
    (has('read') ? 1 : 0) +
    (has('propagation') ? 1 : 0) +
    (has('relay') ? 1 : 0) +
    (has('search') ? 2 : 0) +
    (has('replay') ? 2 : 0)
  );
}

async function main(): Promise<void> {
  const only = selectedScenarios();
  const progress = new Progress(phaseCount(only));
  const startedAt = new Date().toISOString();
  progress.phase('setup: database (all migrations), broker virtual host');
  const db = await createBenchDatabase();
  const broker = await createBenchBroker();
  const run = new BenchRun(db, broker, progress, only);
  const cleanup = async () => {
    await run.stop();
    await db.drop().catch((error) => console.warn(`could not drop the bench database: ${error}`));
    await broker.drop().catch((error) => console.warn(`could not drop the bench virtual host: ${error}`));
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
    const results: Results = { propagation: {} };
    if (run.wants('read', 'write', 'propagation')) {
      const productIds = await groups.monolithInProcess(run, results);
      if (run.wants('read', 'write')) await groups.baselines(run, results, productIds);
      if (run.wants('propagation')) await groups.propagationOverRabbitMq(run, results, productIds);
    }
    if (run.wants('relay')) await groups.relay(run, results);
    if (run.wants('search')) await groups.search(run, results);
    if (run.wants('replay')) await groups.replay(run, results);

    progress.phase('report');
    const [{ server_version: postgres }] = await db.query<{ server_version: string }>(`SHOW server_version`);
    const report = buildReport(results, {
      startedAt,
      durationS: Math.round(progress.elapsedMs() / 1000),
      loadDurationS: run.durationS,
      postgres,
      rabbitmq: broker.url.replace(/\/\/[^@]*@/, '//'),
      relayEvents: groups.RELAY_EVENTS,
      propagationRate: groups.PROPAGATION_RATE,
      searchCorpus: `${groups.SEARCH_PRODUCTS} products and ${groups.SEARCH_REVIEWS} reviews`,
    });
    printReport(report);
    console.log(`results: ${writeReport(join(BUILD_ROOT, '..', '..'), report)}`);
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
