import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { CommandResult, ServerProcess, runCommand } from '../support/built-process';
import { freePort } from '../support/split-deployment';
import { TestDatabase, createTestDatabase } from '../support/test-database';
import { TEST_JWT_SECRET } from '../support/tokens';

/** Runs `node dist/main.js` to its exit: these starts must fail, each with one line and no stack trace. */
const start = (env: Record<string, string | undefined>) => runCommand(process.execPath, ['dist/main.js'], env);

function expectOneLine(result: CommandResult, line: RegExp): void {
  expect(result.exitCode).toBe(1);
  expect(`${result.stdout}${result.stderr}`.trim()).toMatch(line);
  expect(`${result.stdout}${result.stderr}`.trim().split('\n')).toHaveLength(1);
}

async function migrationsApplied(database: TestDatabase): Promise<boolean> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS present`);
    return rows[0].present;
  } finally {
    await client.end();
  }
}

/** Measured for the report; not asserted, because the machine's load decides it. */
const timings: string[] = [];
afterAll(() => console.log(`start-up failure timings:\n${timings.join('\n')}`));

describe('start-up failures: one line with the cause, a non-zero exit, nothing touched', () => {
  let database: TestDatabase;
  let dataDir: string;
  let occupied: Server;
  let occupiedPort: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    occupiedPort = await freePort();
    occupied = createServer();
    await new Promise<void>((resolve) => occupied.listen(occupiedPort, '127.0.0.1', resolve));
  });
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ecomm-startup-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
  afterAll(async () => {
    await new Promise((resolve) => occupied.close(resolve));
    await database.drop();
  });

  it('names the port in use, before the database is opened', async () => {
    const result = await start({ PORT: String(occupiedPort), DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET });
    timings.push(`  port in use: ${result.elapsedMs} ms`);
    expectOneLine(
      result,
      new RegExp(
        `^configuration error: PORT ${occupiedPort} on 127\\.0\\.0\\.1 is in use by another process: stop it, or set PORT to a free port$`,
      ),
    );
    expect(await migrationsApplied(database)).toBe(false);
  });

  it('names a HOST that is no address of this machine', async () => {
    const result = await start({ HOST: 'no-such-host.invalid', PORT: String(await freePort()), DATA_DIR: dataDir });
    timings.push(`  bad HOST: ${result.elapsedMs} ms`);
    expectOneLine(result, /^configuration error: HOST no-such-host\.invalid does not resolve to an address: /);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('names a database host that does not resolve', async () => {
    const result = await start({
      DATABASE_URL: 'postgresql://postgres@no-such-host.invalid:5432/ecomm',
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(await freePort()),
    });
    timings.push(`  bad database host: ${result.elapsedMs} ms`);
    expectOneLine(
      result,
      /^configuration error: DATABASE_URL: cannot connect to PostgreSQL at no-such-host\.invalid:5432\/ecomm \(getaddrinfo (ENOTFOUND|EAI_AGAIN) no-such-host\.invalid\)$/,
    );
  });

  describe('NODE_ENV=production without JWT_SECRET or JWT_JWKS_URL', () => {
    const refusal =
      /^configuration error: NODE_ENV=production needs JWT_SECRET \(an HS256 secret of at least 32 bytes\) or JWT_JWKS_URL; neither is set$/;

    it('refuses on the embedded database, before creating any file in DATA_DIR', async () => {
      const result = await start({ NODE_ENV: 'production', DATA_DIR: dataDir, PORT: String(await freePort()) });
      timings.push(`  production without a secret (embedded): ${result.elapsedMs} ms`);
      expectOneLine(result, refusal);
      expect(readdirSync(dataDir)).toEqual([]);
    });

    it('refuses on PostgreSQL before running any migration', async () => {
      const result = await start({
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        PORT: String(await freePort()),
      });
      expectOneLine(result, refusal);
      expect(await migrationsApplied(database)).toBe(false);
    });
  });

  it('reports a broker that refuses the login in one line naming the cause, without a stack trace', async () => {
    const result = await start({
      EVENT_TRANSPORT: 'rabbitmq',
      RABBITMQ_URL: 'amqp://guest:wrong-password@127.0.0.1:5672',
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(await freePort()),
    });
    timings.push(`  broker refuses the login: ${result.elapsedMs} ms`);
    expectOneLine(
      result,
      /^cannot start: RabbitMQ at amqp:\/\/guest:\*\*\*@127\.0\.0\.1:5672\/? refused the credentials in RABBITMQ_URL \(ACCESS_REFUSED\)/,
    );
    expect(result.elapsedMs).toBeLessThan(15000);
  }, 120000);

  it('reports a NATS server name that does not resolve in one line, without waiting out the connect timeout', async () => {
    const result = await start({
      EVENT_TRANSPORT: 'nats',
      NATS_URL: 'nats://svc:secret@no-such-host.invalid:4222',
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(await freePort()),
    });
    timings.push(`  NATS host does not resolve: ${result.elapsedMs} ms`);
    expectOneLine(
      result,
      /^cannot start: NATS at nats:\/\/svc:\*\*\*@no-such-host\.invalid:4222 host name in NATS_URL does not resolve/,
    );
    expect(result.elapsedMs).toBeLessThan(15000);
  }, 120000);

  it('keeps Nest’s route table at debug', async () => {
    const server = ServerProcess.start(await freePort(), { DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
    try {
      await server.ready();
      expect(server.output()).toMatch(
        /"level":"debug".*"context":"RouterExplorer".*Mapped \{\/api\/v1\/products, POST\} route/,
      );
    } finally {
      await server.stop();
    }
    expect(existsSync(join(dataDir, 'pgdata'))).toBe(true);
  }, 180000);
});
