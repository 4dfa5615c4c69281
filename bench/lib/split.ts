import { MODULE_NAMES } from '../../src/module-registry';
import { BenchBroker } from './broker';
import { BenchDatabase, createBenchDatabase } from './database';
import { ServerProcess } from './processes';
import { BENCH_JWT_SECRET } from './tokens';

/**
 * The split deployment as production runs it: one process per module, each on its own database, and
 * the gateway in front, over RabbitMQ. Every service connects as the virtual host's user (per-service
 * broker users change who may publish, not the path a message takes).
 */
export interface BenchSplit {
  gateway: ServerProcess;
  services: ServerProcess[];
  databases: Record<string, BenchDatabase>;
}

export async function startSplit(
  broker: BenchBroker,
  start: (name: string, env: Record<string, string>) => Promise<ServerProcess>,
): Promise<BenchSplit> {
  const databases = Object.fromEntries(
    await Promise.all(MODULE_NAMES.map(async (module) => [module, await createBenchDatabase()] as const)),
  );
  const common = {
    JWT_SECRET: BENCH_JWT_SECRET,
    EVENT_TRANSPORT: 'rabbitmq',
    RABBITMQ_URL: broker.url,
    RABBITMQ_PREFIX: broker.prefix,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ENABLED: 'false',
  };
  const services = await Promise.all(
    MODULE_NAMES.map((module) =>
      start(`split-${module}`, { ...common, APP_MODULES: module, DATABASE_URL: databases[module].url }),
    ),
  );
  const upstreams = Object.fromEntries(
    MODULE_NAMES.map((module, index) => [`${module.toUpperCase()}_URL`, services[index].baseUrl]),
  );
  const gateway = await start('split-gateway', { ...common, ...upstreams, APP_MODULES: 'gateway', DATABASE_URL: '' });
  return { gateway, services, databases };
}

/** Drops the services' databases (the processes are stopped by the run). */
export async function dropSplitDatabases(split: BenchSplit): Promise<void> {
  for (const database of Object.values(split.databases)) {
    await database.drop().catch((error) => console.warn(`could not drop a split database: ${error}`));
  }
}
