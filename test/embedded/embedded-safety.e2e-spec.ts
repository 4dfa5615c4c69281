import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess, runCommand } from '../support/built-process';
import { freePort } from '../support/split-deployment';

/**
 * The embedded default (PGlite in DATA_DIR) with the tools a newcomer runs beside the server.
 * Two PGlite instances on one directory corrupt it: this suite began as the reproduction
 * (`projections rebuild all` beside `npm start` reported success, then search answered 500 and,
 * after a restart, product reads failed), and a second server on the same DATA_DIR accepted writes
 * that were lost.
 */
describe('embedded default: one process owns DATA_DIR', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ecomm-embedded-safety-'));
  const env = { DATA_DIR: dataDir };
  let server: ServerProcess;
  let admin: string;
  const products: string[] = [];
  let startupOutput: string;
  /** `<prefix>DATA_DIR <dir> is in use by node dist/main.js (pid <pid>, since <time> UTC): <advice>` */
  const busyLine = (prefix: string, pid: number, advice: string) =>
    new RegExp(
      `^${prefix}DATA_DIR ${dataDir} is in use by node dist/main\\.js \\(pid ${pid}, ` +
        `since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\): ${advice}$`,
    );

  const createProduct = async (sku: string) => {
    const response = await server.api.post(
      '/api/v1/products',
      {
        sku,
        name: `Lamp ${sku}`,
        description: 'Warm light',
        price: { amount: 2599, currency: 'EUR' },
        initialStock: 5,
      },
      { token: admin },
    );
    expect(response.status).toBe(201);
    products.push(response.body.id);
  };

  const expectEveryProductReadable = async () => {
    for (const id of products) expect((await server.api.get(`/api/v1/products/${id}`)).status).toBe(200);
    const search = await server.api.get('/api/v1/search?q=lamp&limit=50');
    expect(search.status).toBe(200);
    expect(search.body.total).toBe(products.length);
  };

  beforeAll(async () => {
    server = ServerProcess.start(await freePort(), env);
    await server.ready();
    startupOutput = server.output();
    const token = await runCommand(process.execPath, ['dist/cli/token.cli.js', '--sub', 'alice', '--admin'], env);
    expect(token.exitCode).toBe(0);
    admin = token.stdout.trim();
    for (const sku of ['SAFE-1', 'SAFE-2', 'SAFE-3']) await createProduct(sku);
  }, 180000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with two lines at info: where it listens and where the docs are', () => {
    expect(startupOutput.trim().split('\n')).toEqual([
      `ecomm listening on http://127.0.0.1:${server.port} (modules: catalog, reviews, rating, inventory, search; ` +
        `events: inprocess; database: embedded PGlite in ${dataDir})`,
      `API docs: http://127.0.0.1:${server.port}/docs   OpenAPI: http://127.0.0.1:${server.port}/docs/openapi.json`,
    ]);
  });

  it('refuses a second server on the same DATA_DIR with one line naming the owner, its pid and since when', async () => {
    const second = ServerProcess.start(await freePort(), env);
    expect(await second.exited).toBe(1);
    expect(second.output().trim()).toMatch(
      busyLine('cannot start: ', server.pid, 'stop it first, or use another DATA_DIR'),
    );
    // The owner never noticed.
    await createProduct('SAFE-4');
  }, 120000);

  it('rebuilds every projection while the server runs, through the server, and loses nothing (regression)', async () => {
    const rebuild = await runCommand(
      process.execPath,
      ['dist/cli/projections/projections.cli.js', 'rebuild', 'all'],
      env,
    );
    expect(rebuild.stderr).toBe('');
    expect(rebuild.exitCode).toBe(0);
    expect(rebuild.stdout).toContain(`through the database of node dist/main.js (pid ${server.pid}`);
    for (const name of [
      'catalog-enrichment',
      'reviews-products',
      'rating-summary',
      'inventory-products',
      'search-index',
    ]) {
      expect(rebuild.stdout).toMatch(new RegExp(`^${name}: \\d+ events replayed, \\d+ caught up, swapped in`, 'm'));
    }
    await expectEveryProductReadable();
    await createProduct('SAFE-5');

    // The files on disk are sound: a restart reads everything back.
    expect(await server.stop()).toBe(0);
    server = ServerProcess.start(server.port, env);
    await server.ready();
    await expectEveryProductReadable();
  }, 300000);

  it('runs migration:run and projections status through the running server', async () => {
    const migrations = await runCommand(process.execPath, ['dist/cli/migration-run.cli.js'], env);
    expect(migrations).toMatchObject({ exitCode: 0, stderr: '' });
    expect(migrations.stdout).toContain(`through the database of node dist/main.js (pid ${server.pid}`);
    expect(migrations.stdout).toMatch(/^schema up to date: \d+ migrations applied/m);
    const status = await runCommand(process.execPath, ['dist/cli/projections/projections.cli.js', 'status'], env);
    expect(status).toMatchObject({ exitCode: 0, stderr: '' });
    expect(status.stdout).toContain('search-index');
  }, 120000);

  it('refuses npm run reset while the server runs, and deletes nothing', async () => {
    const reset = await runCommand(process.execPath, ['dist/cli/reset.cli.js'], env);
    expect(reset.exitCode).toBe(1);
    expect(reset.stderr.trim()).toMatch(busyLine('reset: ', server.pid, 'stop it, then run npm run reset again'));
    expect(existsSync(join(dataDir, 'pgdata'))).toBe(true);
    await expectEveryProductReadable();
  }, 60000);

  it('takes over the lock of a server killed with SIGKILL', async () => {
    await server.stop('SIGKILL');
    expect(readdirSync(join(dataDir, 'lock')).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    server = ServerProcess.start(server.port, env);
    await server.ready();
    await expectEveryProductReadable();
  }, 180000);

  it('lets exactly one of two servers started at the same moment serve', async () => {
    await server.stop();
    const [a, b] = [ServerProcess.start(server.port, env), ServerProcess.start(await freePort(), env)];
    const loser = await Promise.race([a.exited.then(() => a), b.exited.then(() => b)]);
    const winner = loser === a ? b : a;
    expect(await loser.exited).toBe(1);
    expect(loser.output().trim()).toMatch(
      /^cannot start: DATA_DIR .* is in use by node dist\/main\.js \(pid \d+, since .*\): /,
    );
    server = winner;
    await server.ready();
    await expectEveryProductReadable();
  }, 180000);

  it('resets once the server has stopped: database and development secret are gone', async () => {
    expect(await server.stop()).toBe(0);
    const reset = await runCommand(process.execPath, ['dist/cli/reset.cli.js'], env);
    expect(reset).toMatchObject({ exitCode: 0, stderr: '' });
    expect(reset.stdout).toMatch(/the next npm start begins with an empty database/);
    expect(existsSync(join(dataDir, 'pgdata'))).toBe(false);
    expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(false);
    const token = await runCommand(process.execPath, ['dist/cli/token.cli.js', '--sub', 'alice'], env);
    expect(token.exitCode).toBe(1);
    expect(token.stderr.trim()).toMatch(/^token: no signing secret: .*start the server once/);
  }, 120000);
});
