"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BENCH_POSTGRES_URL = void 0;
exports.createBenchDatabase = createBenchDatabase;
exports.waitForCount = waitForCount;
const node_crypto_1 = require("node:crypto");
const pg_1 = require("pg");
/** Server the benchmark creates (and drops) its own databases on. */
exports.BENCH_POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
async function admin(sql) {
    const client = new pg_1.Client({ connectionString: exports.BENCH_POSTGRES_URL });
    await client.connect();
    try {
        await client.query(sql);
    }
    finally {
        await client.end();
    }
}
async function createBenchDatabase() {
    const name = `ecomm_bench_${(0, node_crypto_1.randomBytes)(5).toString('hex')}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(exports.BENCH_POSTGRES_URL);
    url.pathname = `/${name}`;
    const pool = new pg_1.Pool({ connectionString: url.toString(), max: 4 });
    return {
        url: url.toString(),
        pool,
        async query(sql, params = []) {
            return (await pool.query(sql, params)).rows;
        },
        async drop() {
            await pool.end().catch(() => undefined);
            await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
    };
}
/** Polls `sql` (a single `count` column) until it reaches `expected`. */
async function waitForCount(db, sql, expected, timeoutMs = 60000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const [{ count }] = await db.query(sql);
        if (Number(count) >= expected)
            return;
        if (Date.now() > deadline)
            throw new Error(`timed out waiting for ${expected} rows of: ${sql} (have ${count})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}
