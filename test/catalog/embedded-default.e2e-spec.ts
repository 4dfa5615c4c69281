import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess, runCommand } from '../support/built-process';
import { eventually } from '../support/eventually';
import { freePort } from '../support/split-deployment';

const root = join(__dirname, '..', '..');

describe('embedded default (PGlite, no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ecomm-embedded-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('boots, prints where it listens, and serves a product after a restart with the same DATA_DIR', async () => {
    const first = ServerProcess.start(await freePort(), env);
    const api = first.api;
    await first.ready();
    expect(first.output()).toContain(`listening on http://127.0.0.1:${first.port}`);
    expect(first.output()).toContain('/docs');

    const token = (
      await runCommand(process.execPath, ['dist/cli/token.cli.js', '--sub', 'ops', '--admin'], env)
    ).stdout.trim();
    const body = {
      sku: 'EMBED-1',
      name: 'Kept',
      description: '',
      price: { amount: 100, currency: 'EUR' },
      initialStock: 1,
    };
    const created = await api.post('/api/v1/products', body, { token });
    expect(created.status).toBe(201);
    expect(await first.stop()).toBe(0);

    const second = ServerProcess.start(first.port, env);
    try {
      await second.ready();
      const fetched = await api.get(`/api/v1/products/${created.body.id}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body.sku).toBe('EMBED-1');
      expect((await api.post('/api/v1/products', body, { token })).status).toBe(409);
      // Searches run as named prepared statements on a server; PGlite serves every pooled connection
      // from one session, where one name prepared on two connections would collide. So the same
      // searches at once, on several connections, must still succeed.
      await eventually(
        () => api.get('/api/v1/search?q=kept'),
        (r) => r.status === 200 && r.body.total === 1,
        { what: 'the product in search' },
      );
      const queries = ['q=kept', 'category=none'].flatMap((query) => Array.from({ length: 4 }, () => query));
      const searches = await Promise.all(queries.map((query) => api.get(`/api/v1/search?${query}`)));
      expect(searches.map(({ status, body }) => `${status} ${body.total}`)).toEqual([
        ...Array.from({ length: 4 }, () => '200 1'),
        ...Array.from({ length: 4 }, () => '200 0'),
      ]);
    } finally {
      await second.stop();
    }
  }, 180000);

  it('stops with one clear line for a bad setting, without a stack trace', () => {
    let output = '';
    try {
      execFileSync(process.execPath, ['dist/main.js'], {
        cwd: root,
        env: { ...process.env, EVENT_TRANSPORT: 'kafka' },
        stdio: 'pipe',
      });
    } catch (error: any) {
      output = `${error.stdout}${error.stderr}`;
      expect(error.status).toBe(1);
    }
    expect(output.trim()).toBe(
      'configuration error: EVENT_TRANSPORT must be one of inprocess, rabbitmq, nats, got "kafka"',
    );
  });

  it('names the endpoint when the database is unreachable', () => {
    let output = '';
    try {
      execFileSync(process.execPath, ['dist/main.js'], {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none',
          JWT_SECRET: 'x'.repeat(32),
          PORT: '0',
        },
        stdio: 'pipe',
      });
    } catch (error: any) {
      output = `${error.stdout}${error.stderr}`;
    }
    expect(output.trim()).toMatch(
      /^configuration error: DATABASE_URL: cannot connect to PostgreSQL at 127\.0\.0\.1:1\/none/,
    );
    expect(output).not.toMatch(/\n\s+at /);
  });
});
