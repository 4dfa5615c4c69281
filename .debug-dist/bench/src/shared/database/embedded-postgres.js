"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startEmbeddedPostgres = startEmbeddedPostgres;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const pglite_wire_server_1 = require("./pglite-wire-server");
/**
 * Starts PGlite (real Postgres compiled to WASM) under `dataDir` and serves it on loopback over the
 * wire protocol, so the production `pg` driver and migrations run unchanged.
 * Loaded lazily: PGlite is ESM with WASM assets and only the embedded default needs it.
 */
async function startEmbeddedPostgres(dataDir) {
    const directory = (0, node_path_1.resolve)(dataDir, 'pgdata');
    (0, node_fs_1.mkdirSync)(directory, { recursive: true });
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const db = await PGlite.create({ dataDir: directory, extensions: { pg_trgm } });
    const server = new pglite_wire_server_1.PgliteWireServer(db);
    const port = await server.listen('127.0.0.1');
    return {
        url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
        async stop() {
            await server.close();
            await db.close();
        },
    };
}
