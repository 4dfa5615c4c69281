import { Client } from 'pg';
import { QueryRunner } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';
import { expectProblem } from './support/fixtures';

const ACQUIRE_TIMEOUT_MS = 500;
const STATEMENT_TIMEOUT_MS = 300;
/** Scheduling slack on a busy CI machine; a hang would take the whole test timeout. */
const SLACK_MS = 1500;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; elapsedMs: number }> {
  const started = Date.now();
  const result = await work();
  return { result, elapsedMs: Date.now() - started };
}

describe('back-pressure from the database', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({
      DB_POOL_SIZE: '2',
      DB_ACQUIRE_TIMEOUT_MS: String(ACQUIRE_TIMEOUT_MS),
      DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    });
  });
  afterAll(() => app?.close());

  it('answers 503 with Retry-After, not a hang, while every pooled connection is taken', async () => {
    const held: QueryRunner[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const runner = app.running.database.dataSource.createQueryRunner();
        await runner.connect();
        held.push(runner);
      }
      const { result, elapsedMs } = await timed(() => app.api.get('/api/v1/products'));
      expectProblem(result, 503);
      expect(result.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(elapsedMs).toBeGreaterThanOrEqual(ACQUIRE_TIMEOUT_MS - 50);
      expect(elapsedMs).toBeLessThan(ACQUIRE_TIMEOUT_MS + SLACK_MS);
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    expect((await app.api.get('/api/v1/products')).status).toBe(200);
  });

  it('cuts a statement that runs past DB_STATEMENT_TIMEOUT_MS with a 503 and Retry-After', async () => {
    // Another session locks the table, so the app's read waits until the statement timeout cuts it.
    const locker = new Client({ connectionString: app.database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE catalog.products IN ACCESS EXCLUSIVE MODE');
      const { result, elapsedMs } = await timed(() => app.api.get('/api/v1/products'));
      expectProblem(result, 503);
      expect(result.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(elapsedMs).toBeLessThan(STATEMENT_TIMEOUT_MS + SLACK_MS);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await app.api.get('/api/v1/products')).status).toBe(200);
  });

  it('gives every pooled session the statement timeout, the one that ran the migrations included', async () => {
    const runners = [0, 1].map(() => app.running.database.dataSource.createQueryRunner());
    try {
      const settings = await Promise.all(runners.map((runner) => runner.query(`SHOW statement_timeout`)));
      expect(settings).toEqual([
        [{ statement_timeout: `${STATEMENT_TIMEOUT_MS}ms` }],
        [{ statement_timeout: `${STATEMENT_TIMEOUT_MS}ms` }],
      ]);
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
  });
});
