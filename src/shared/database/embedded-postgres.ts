import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PgliteWireServer } from './pglite-wire-server';

/** A PGlite database persisted under a directory and served on loopback over the Postgres wire protocol. */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (real Postgres compiled to WASM) under `dataDir` and serves it on loopback over the
 * wire protocol, so the production `pg` driver and migrations run unchanged.
 * Loaded lazily: PGlite is ESM with WASM assets and only the embedded default needs it.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const directory = resolve(dataDir, 'pgdata');
  mkdirSync(directory, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ dataDir: directory, extensions: { pg_trgm } });
  const server = new PgliteWireServer(db);
  const port = await server.listen('127.0.0.1');
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}
