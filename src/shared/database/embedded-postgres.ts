import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { acquireDataDirLock } from './data-dir-lock';
import { PgliteWireServer } from './pglite-wire-server';

/** A PGlite database persisted under a directory and served on loopback over the Postgres wire protocol. */
export interface EmbeddedPostgres {
  url: string;
  /** Set when another process serves it: who (then `stop` leaves it running). */
  sharedWith?: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (real Postgres compiled to WASM) under `dataDir` and serves it on loopback over the
 * wire protocol, so the production `pg` driver and migrations run unchanged.
 * Two PGlite instances on one directory corrupt it, so the directory is locked first (a
 * `DataDirBusyError` names its owner) and the wire address is published in the lock, for other
 * tools to use this process's database instead of opening the files themselves.
 * Loaded lazily: PGlite is ESM with WASM assets and only the embedded default needs it.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = await acquireDataDirLock(dataDir);
  try {
    const directory = resolve(dataDir, 'pgdata');
    mkdirSync(directory, { recursive: true });
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const db = await PGlite.create({ dataDir: directory, extensions: { pg_trgm } });
    const server = new PgliteWireServer(db);
    const port = await server.listen('127.0.0.1');
    const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
    await lock.publish({ wireUrl: url });
    return {
      url,
      async stop() {
        await server.close();
        await db.close();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
