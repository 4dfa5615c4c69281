import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../support/http-client';
import { eventually } from '../support/eventually';

const root = join(__dirname, '..', '..');

/** Starts the built server as a user would, without DATABASE_URL or a broker. */
function startServer(dataDir: string, port: number): { process: ChildProcess; output: () => string } {
  let output = '';
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.JWT_SECRET;
  const child = spawn(process.execPath, ['dist/main.js'], { cwd: root, env });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { process: child, output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  child.kill('SIGTERM');
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('embedded default (PGlite, no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ecomm-embedded-'));
  const port = 38000 + Math.floor(Math.random() * 1000);
  const api = new HttpClient(`http://127.0.0.1:${port}`);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('boots, prints where it listens, and serves a product after a restart with the same DATA_DIR', async () => {
    const first = startServer(dataDir, port);
    await eventually(
      () => api.get('/health/ready'),
      (r) => r.status === 200,
      { timeoutMs: 60000, what: 'first start' },
    );
    expect(first.output()).toContain(`listening on http://127.0.0.1:${port}`);
    expect(first.output()).toContain('/docs');

    const token = execFileSync(process.execPath, ['dist/cli/token.cli.js', '--sub', 'ops', '--admin'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, JWT_SECRET: '' },
    })
      .toString()
      .trim();
    const body = {
      sku: 'EMBED-1',
      name: 'Kept',
      description: '',
      price: { amount: 100, currency: 'EUR' },
      initialStock: 1,
    };
    const created = await api.post('/api/v1/products', body, { token });
    expect(created.status).toBe(201);
    expect(await stop(first.process)).toBe(0);

    const second = startServer(dataDir, port);
    try {
      await eventually(
        () => api.get('/health/ready'),
        (r) => r.status === 200,
        { timeoutMs: 60000, what: 'restart' },
      );
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
      await stop(second.process);
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
    expect(output.trim()).toBe('configuration error: EVENT_TRANSPORT must be one of inprocess, rabbitmq, got "kafka"');
  });

  it('names the endpoint when the database is unreachable', () => {
    let output = '';
    try {
      execFileSync(process.execPath, ['dist/main.js'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none', JWT_SECRET: 'x'.repeat(32) },
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
