import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PgliteWireServer } from '../../shared/database/pglite-wire-server';

/** Where a rebuild replays events: a throw-away database beside the live one. */
export interface ScratchDatabase {
  url: string;
  /** True when it was left by an interrupted rebuild (and holds its progress). */
  resumed: boolean;
  /** Drops it; called once the rebuild has been swapped in. */
  discard(): Promise<void>;
}

/** `<live>__rebuild_<projection>`, shortened with a hash past PostgreSQL's 63-byte identifier limit. */
export function scratchDatabaseName(liveDatabase: string, projection: string): string {
  const name = `${liveDatabase}__rebuild_${projection.replace(/-/g, '_')}`;
  if (name.length <= 63) return name;
  return `${name.slice(0, 50)}_${createHash('sha1').update(name).digest('hex').slice(0, 12)}`;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function urlOf(liveUrl: string, database: string): string {
  const url = new URL(liveUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The scratch database's URL if an interrupted rebuild of `projection` left one, else undefined. */
export async function findScratchDatabase(liveUrl: string, projection: string): Promise<string | undefined> {
  const name = scratchDatabaseName(new URL(liveUrl).pathname.slice(1), projection);
  const rows = await withClient(liveUrl, (client) =>
    client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]),
  );
  return rows.rowCount ? urlOf(liveUrl, name) : undefined;
}

/**
 * On PostgreSQL a database on the live server, kept across crashes so a rebuild resumes; on the
 * embedded database a second, in-memory PGlite (a crash there loses the progress).
 */
export async function openScratchDatabase(
  live: { url: string; embedded: boolean },
  projection: string,
): Promise<ScratchDatabase> {
  if (live.embedded) return startInMemoryScratch();
  const existing = await findScratchDatabase(live.url, projection);
  const name = scratchDatabaseName(new URL(live.url).pathname.slice(1), projection);
  if (!existing) await withClient(live.url, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: urlOf(live.url, name),
    resumed: existing !== undefined,
    discard: () =>
      withClient(live.url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/**
 * Makes the projection's scratch tables unlogged: they are written once and thrown away, so WAL
 * is wasted work. A server crash empties unlogged tables, the replay progress among them, so the
 * rebuild then starts over instead of resuming from a position its tables no longer reflect.
 */
export async function skipWriteAheadLog(scratch: DataSource, tables: readonly string[]): Promise<void> {
  for (const table of tables) await scratch.query(`ALTER TABLE ${table} SET UNLOGGED`);
}

async function startInMemoryScratch(): Promise<ScratchDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ extensions: { pg_trgm } });
  const server = new PgliteWireServer(db);
  const port = await server.listen('127.0.0.1');
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    resumed: false,
    async discard() {
      await server.close();
      await db.close();
    },
  };
}
