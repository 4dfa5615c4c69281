import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { ALL_CONSUMERS, ALL_PROJECTIONS, entitiesFor, migrationsFor } from '../../module-registry';
import { AppConfig } from '../../shared/config/app-config';
import { DatabaseConnection } from '../../shared/database/database-connection';
import { openDatabase } from '../../shared/database/open-database';
import { ConsumerRegistry } from '../../shared/messaging/consumers/consumer-registry';
import { projectionLockSql } from '../../shared/projections/projection-lock';
import { EventRegistry } from '../../shared/messaging/envelope/event-registry';
import { SettledPositions } from '../../shared/messaging/outbox/settled-positions';
import { ProjectionReplayer } from './projection-replayer';
import { openScratchDatabase, skipWriteAheadLog } from './scratch-database';
import { ShadowTables } from './shadow-tables';

export interface RebuildOptions {
  /** The live database (its event store is read, its projection tables replaced). */
  live: DataSource;
  liveConnection: DatabaseConnection;
  config: AppConfig;
  projection: string;
  batchSize?: number;
  /** Told how many events are to be replayed, then after every batch how many were applied. */
  progress?: { start(total: number, resumed: boolean): void; advance(applied: number): void };
  /** Runs while the projection lock is held, just before the tables are swapped (tests use it to race live writes). */
  beforeSwap?: () => Promise<void>;
}

export interface RebuildResult {
  replayed: number;
  caughtUp: number;
  resumed: boolean;
}

/**
 * Rebuilds one projection from the event store: replays the events into the module's real
 * handlers on a scratch database, copies the result into shadow tables, then — holding the
 * projection lock exclusively so no live handler of it commits meanwhile — applies the events that
 * arrived in between and renames the shadow tables into place.
 */
export async function rebuildProjection(options: RebuildOptions): Promise<RebuildResult> {
  const entry = ALL_PROJECTIONS.find(({ projection }) => projection.name === options.projection);
  if (!entry) throw new Error(`unknown projection ${options.projection}`);
  const { module, projection } = entry;
  const scratch = await openScratchDatabase(options.liveConnection, projection.name);
  const database = await openDatabase({
    databaseUrl: scratch.url,
    dataDir: options.config.dataDir,
    entities: entitiesFor([module]),
    migrations: migrationsFor([module]),
    applicationName: `ecomm:rebuild:${projection.name}`,
    pool: { poolSize: 4, acquireTimeoutMs: 30_000, statementTimeoutMs: 0 },
  });
  await skipWriteAheadLog(database.dataSource, projection.tables);
  // No hosted modules in the config: the relay stays idle, so events the handlers record stay in the scratch store.
  const config: AppConfig = { ...options.config, modules: [], eventTransport: 'inprocess', logLevel: 'error' };
  const jwt = { ...config.jwt, secret: 'unused-by-a-rebuild', jwksUrl: undefined };
  const context = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, database, jwt, modules: [module] }),
    { logger: false },
  );
  try {
    const registrations = context
      .get(ConsumerRegistry)
      .resolve(ALL_CONSUMERS.filter((declaration) => declaration.projection === projection));
    const replayer = new ProjectionReplayer(
      options.live,
      database.dataSource,
      context.get(EventRegistry),
      registrations,
      options.batchSize,
    );
    const settled = new SettledPositions(options.live);
    const horizon = await whenSettled(() => settledHead(options.live, settled));
    options.progress?.start(await replayer.remaining(horizon), scratch.resumed);
    const replayed = await replayer.replayUpTo(horizon, (applied) => options.progress?.advance(applied));
    const shadows = new ShadowTables(options.live, database.dataSource, projection.tables);
    await shadows.fill();
    // A try that finds transactions still in flight rolls back before swapping anything, and is repeated.
    const caughtUp = await whenSettled(() =>
      options.live.transaction(async (manager) => {
        await manager.query(`SET LOCAL statement_timeout = 0`);
        await manager.query(projectionLockSql('exclusive'), [projection.name]);
        // Taken under the lock: whatever live handlers applied to the old tables is at or below it.
        // On this transaction's connection: the embedded database serves no other while it is open.
        const inTransaction = { query: (sql: string, params?: unknown[]) => manager.query(sql, params) };
        const head = await settledHead(inTransaction, new SettledPositions(inTransaction as unknown as DataSource));
        const applied = await replayer.replayUpTo(head, undefined, manager);
        if (applied > 0) await shadows.fill(manager);
        await options.beforeSwap?.();
        await shadows.swap(manager);
        return applied;
      }),
    );
    await context.close();
    await database.close();
    await scratch.discard();
    return { replayed, caughtUp, resumed: scratch.resumed };
  } catch (error) {
    await context.close();
    await database.close();
    // An in-memory scratch database cannot be resumed; one on PostgreSQL is kept for the next run.
    if (options.liveConnection.embedded) await scratch.discard();
    throw error;
  }
}

/** Transactions held their ids longer than `SettledPositions` waits, so no settled head is known yet. */
class TransactionsInFlight extends Error {
  constructor() {
    super('event-store transactions stayed in flight too long; try again');
  }
}

/**
 * How often a rebuild looks for a settled head before it gives up. Transaction ids are server-wide,
 * so any transaction of any database on the server that outlasts one wait (2 s) fails a try; a
 * pause and another try usually find it ended.
 */
const SETTLE_TRIES = 5;

async function whenSettled<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof TransactionsInFlight) || tries >= SETTLE_TRIES) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * tries));
  }
}

/**
 * Every position drawn so far, once settled. `SettledPositions` falls back to an older value when a
 * transaction outlasts its wait; replaying only up to that could swap in a projection missing
 * events live handlers already applied, so that case fails (and can be retried) instead.
 */
async function settledHead(live: Pick<DataSource, 'query'>, settled: SettledPositions): Promise<bigint> {
  const [{ drawn }] = await live.query(
    `SELECT coalesce(pg_sequence_last_value('messaging.event_store_position_seq'), 0)::text AS drawn`,
  );
  const head = await settled.current();
  if (head < BigInt(drawn)) throw new TransactionsInFlight();
  return head;
}
