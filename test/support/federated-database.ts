import { Client } from 'pg';
import { TestDatabase, createTestDatabase } from './test-database';

export type Query = <T = any>(sql: string, params?: unknown[]) => Promise<T[]>;

/** The messaging kernel's tables every service database has; the overview unites them. */
const MESSAGING_TABLES = ['event_store', 'inbox', 'dead_letter'];

export interface FederatedDatabase {
  /** Runs read-only SQL that sees every module's schema and every service's messaging tables as one. */
  query: Query;
  close(): Promise<void>;
}

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * An overview of a deployment with a database per service, for assertions that compare modules
 * (consistency checks written for one database): a scratch database where each module's schema is
 * imported from its service's database through postgres_fdw, and `messaging.<table>` is the union
 * of every service's copy. Each event is stored only by the service that recorded it, so the union
 * of the event stores is the whole history.
 */
export async function federate(
  owners: ReadonlyArray<{ module: string; database: TestDatabase }>,
): Promise<FederatedDatabase> {
  const overview = await createTestDatabase();
  const client = new Client({ connectionString: overview.url });
  await client.connect();
  const statements = ['CREATE EXTENSION postgres_fdw', 'CREATE SCHEMA messaging'];
  const databases = [...new Map(owners.map(({ database }) => [database.name, database])).values()];
  databases.forEach((database, index) => {
    const url = new URL(database.url);
    const server = `service_${index}`;
    statements.push(
      `CREATE SERVER ${server} FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host ${literal(url.hostname)},
         port ${literal(url.port || '5432')}, dbname ${literal(database.name)})`,
      `CREATE USER MAPPING FOR CURRENT_USER SERVER ${server}
         OPTIONS (user ${literal(decodeURIComponent(url.username) || 'postgres')})`,
      `CREATE SCHEMA messaging_${index}`,
      `IMPORT FOREIGN SCHEMA messaging LIMIT TO (${MESSAGING_TABLES.join(', ')}) FROM SERVER ${server} INTO messaging_${index}`,
    );
  });
  for (const { module, database } of owners) {
    const server = `service_${databases.indexOf(database)}`;
    statements.push(
      `CREATE SCHEMA ${identifier(module)}`,
      `IMPORT FOREIGN SCHEMA ${identifier(module)} FROM SERVER ${server} INTO ${identifier(module)}`,
    );
  }
  for (const table of MESSAGING_TABLES) {
    const parts = databases.map((_, index) => `SELECT * FROM messaging_${index}.${table}`);
    statements.push(`CREATE VIEW messaging.${table} AS ${parts.join(' UNION ALL ')}`);
  }
  try {
    for (const statement of statements) await client.query(statement);
  } catch (error) {
    await client.end();
    await overview.drop();
    throw error;
  }
  return {
    query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
    async close() {
      await client.end().catch(() => undefined);
      await overview.drop();
    },
  };
}
