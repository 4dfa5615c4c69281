import { DataSource, MigrationExecutor } from 'typeorm';
import { ConfigError } from '../config/config-error';
import { createDataSource } from './data-source.factory';
import { DatabaseConnection } from './database-connection';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { shareOrStartEmbeddedPostgres } from './shared-embedded-postgres';

export interface OpenDatabase {
  dataSource: DataSource;
  connection: DatabaseConnection;
  /** Who serves the embedded database when it is another process's (see `shareRunningServer`). */
  sharedWith?: string;
  /** Closes the pool, then the embedded server if one was started. */
  close(): Promise<void>;
}

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/**
 * Several processes may start at once against one database (split mode): one migrates, the others
 * wait. Waiting for the lock and migrating big tables may outlast the pool's statement timeout, so
 * this one session lifts it, and restores it before going back to the pool.
 */
async function runMigrationsExclusively(dataSource: DataSource): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SET statement_timeout = 0`);
    await lock.query(`SELECT pg_advisory_lock(hashtext('ecomm:migrations'))`);
    const executor = new MigrationExecutor(dataSource, lock);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(hashtext('ecomm:migrations'))`).catch(() => undefined);
    await lock.query(`RESET statement_timeout`).catch(() => undefined);
    await lock.release();
  }
}

/**
 * Connects to `databaseUrl`, or starts the embedded PGlite database under `dataDir` when it is
 * unset, then runs pending migrations. An unreachable database is a `ConfigError` naming the endpoint.
 * A server owns its embedded database (a second one on the same `dataDir` gets a `DataDirBusyError`);
 * a tool passes `shareRunningServer` to work through the database of the server running on `dataDir`.
 */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  entities: Function[];
  migrations: Function[];
  applicationName?: string;
  pool?: { poolSize: number; acquireTimeoutMs: number; statementTimeoutMs: number };
  shareRunningServer?: boolean;
}): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgres | undefined;
  if (!options.databaseUrl) {
    embedded = options.shareRunningServer
      ? await shareOrStartEmbeddedPostgres(options.dataDir)
      : await startEmbeddedPostgres(options.dataDir);
  }
  const url = options.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource({
    url,
    entities: options.entities,
    migrations: options.migrations,
    applicationName: options.applicationName,
    ...options.pool,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`DATABASE_URL: cannot connect to PostgreSQL at ${describe(url)} (${reason})`);
  }
  await runMigrationsExclusively(dataSource);
  return {
    dataSource,
    connection: { url, embedded: embedded !== undefined },
    sharedWith: embedded?.sharedWith,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
