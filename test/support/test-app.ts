import { createApp, RunningApp } from '../../src/bootstrap';
import { loadAppConfig } from '../../src/load-app-config';
import { HttpClient } from './http-client';
import { createTestDatabase, TestDatabase } from './test-database';
import { TEST_JWT_SECRET } from './tokens';

export interface TestApp {
  running: RunningApp;
  database: TestDatabase;
  api: HttpClient;
  baseUrl: string;
  /** Runs SQL against the app's database (for assertions only; tests drive the app through HTTP). */
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Starts the whole application in this Jest worker on a fresh PostgreSQL database and a random
 * port. Extra variables (e.g. EVENT_TRANSPORT) override the defaults.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadAppConfig({
    DATABASE_URL: database.url,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    PORT: '0',
    RELAY_POLL_INTERVAL_MS: '200',
    CONSUMER_BACKOFF_MS: '20',
    // Suites that read products wait for the view counts; production batches them for 10 s.
    VIEW_FLUSH_INTERVAL_MS: '500',
    // Suites poll and fuzz from one address; test/security/rate-limit proves the limit with its own.
    RATE_LIMIT_MAX: '1000000',
    // Quorum queues are the production default but cost the shared test broker a Raft group each;
    // app-level suites run many vhosts in parallel, so they use classic queues and fewer shards.
    RABBITMQ_QUEUE_TYPE: 'classic',
    RABBITMQ_SHARDS: '2',
    ...env,
  });
  const running = await createApp(config).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  await running.app.listen(0, '127.0.0.1');
  const address = running.app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    running,
    database,
    baseUrl,
    api: new HttpClient(baseUrl),
    query: (sql, params = []) => running.database.dataSource.query(sql, params),
    async close() {
      await running.close();
      await database.drop();
    },
  };
}
