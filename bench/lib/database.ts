import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';

/** Server the benchmark creates (and drops) its own databases on. */
export const BENCH_POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  url: string;
  pool: Pool;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

async function adminRows<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: BENCH_POSTGRES_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const admin = (sql: string) => adminRows(sql).then(() => undefined);

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `ecomm_bench_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/${name}`;
  const pool = new Pool({ connectionString: url.toString(), max: 4 });
  return {
    url: url.toString(),
    pool,
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async drop() {
      await pool.end().catch(() => undefined);
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      // A projection rebuild that failed keeps its scratch database (`<name>__rebuild_<projection>`) to resume.
      const scratch = await adminRows<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
        [`${name}__rebuild_`],
      );
      for (const { datname } of scratch) await admin(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    },
  };
}

/** Polls `sql` (a single `count` column) until it reaches `expected`. */
export async function waitForCount(
  db: Pick<BenchDatabase, 'query'>,
  sql: string,
  expected: number,
  timeoutMs = 60000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ count }] = await db.query<{ count: number }>(sql);
    if (Number(count) >= expected) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expected} rows of: ${sql} (have ${count})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
