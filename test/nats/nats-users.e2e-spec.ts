import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NatsConnection, connect } from 'nats';
import { runCommand } from '../support/built-process';
import { eventually } from '../support/eventually';
import { freePort } from '../support/split-deployment';
import { createTestDatabase } from '../support/test-database';
import { startTestApp, TestApp } from '../support/test-app';
import { expectReviewRoundTrip, productCreatedEnvelope } from '../support/reviews-alone';
import { TEST_JWT_SECRET } from '../support/tokens';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'nats-users.mjs');
const NATS_SERVER = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';
const PASSWORDS = { catalog: 'catalog-secret', reviews: 'reviews-secret' };

/**
 * The machine's shared NATS server runs without authorization (anyone may publish anything). Per-service
 * users need a server configured with them: this suite starts its own nats-server with JetStream and the
 * block `scripts/nats-users.mjs` prints, on a free port, and proves what those permissions guarantee.
 */
describe('per-service NATS users (scripts/nats-users.mjs)', () => {
  let server: ChildProcess;
  let storeDir: string;
  let port: number;
  let prefix: string;
  const urlOf = (module: keyof typeof PASSWORDS, password = PASSWORDS[module]) =>
    `nats://${prefix}-${module}:${password}@127.0.0.1:${port}`;
  const connectAs = (module: keyof typeof PASSWORDS): Promise<NatsConnection> =>
    connect({ servers: `127.0.0.1:${port}`, user: `${prefix}-${module}`, pass: PASSWORDS[module] });

  beforeAll(async () => {
    prefix = `t${randomBytes(4).toString('hex')}`;
    port = await freePort();
    storeDir = mkdtempSync(join(tmpdir(), 'ecomm-nats-'));
    const { stdout } = await run(
      process.execPath,
      [SCRIPT, '--prefix', prefix, '--partitions', '1', 'catalog', 'reviews'],
      {
        env: { ...process.env, NATS_PASSWORD_CATALOG: PASSWORDS.catalog, NATS_PASSWORD_REVIEWS: PASSWORDS.reviews },
      },
    );
    const config = join(storeDir, 'server.conf');
    writeFileSync(config, `host: 127.0.0.1\nport: ${port}\njetstream { store_dir: "${storeDir}" }\n${stdout}`);
    server = spawn(NATS_SERVER, ['-c', config], { stdio: 'ignore' });
    await eventually(
      () =>
        new Promise<boolean>((resolve) => {
          const socket = connectTcp(port, '127.0.0.1', () => {
            socket.destroy();
            resolve(true);
          });
          socket.on('error', () => resolve(false));
        }),
      (listening) => listening,
      { what: `nats-server on port ${port}` },
    );
  });

  afterAll(() => {
    server?.kill();
    rmSync(storeDir, { recursive: true, force: true });
  });

  it('refuses a wrong password at start-up in one line', async () => {
    const database = await createTestDatabase();
    try {
      const result = await runCommand(process.execPath, ['dist/main.js'], {
        EVENT_TRANSPORT: 'nats',
        NATS_URL: urlOf('reviews', 'wrong-password'),
        APP_MODULES: 'reviews',
        DATABASE_URL: database.url,
        JWT_SECRET: TEST_JWT_SECRET,
        PORT: String(await freePort()),
      });
      const output = `${result.stdout}${result.stderr}`.trim();
      expect(result.exitCode).toBe(1);
      expect(output.split('\n')).toHaveLength(1);
      expect(output).toMatch(
        new RegExp(
          `^cannot start: NATS at nats://${prefix}-reviews:\\*\\*\\*@127\\.0\\.0\\.1:${port} refused the credentials in NATS_URL`,
        ),
      );
    } finally {
      await database.drop();
    }
  }, 60000);

  describe('the reviews module running alone on its own user', () => {
    let app: TestApp;
    let catalog: NatsConnection;

    /** What the catalog service would publish, through the subject only the catalog user may use. */
    const publishAsCatalog = (envelope: object, subject = `${prefix}.events.0.catalog.product-created.v2`) =>
      catalog.jetstream().publish(subject, Buffer.from(JSON.stringify(envelope)), { timeout: 3000 });

    beforeAll(async () => {
      app = await startTestApp({
        APP_MODULES: 'reviews',
        EVENT_TRANSPORT: 'nats',
        NATS_URL: urlOf('reviews'),
        NATS_PREFIX: prefix,
        NATS_PARTITIONS: '1',
      });
      catalog = await connectAs('catalog');
    });

    afterAll(async () => {
      await catalog?.close();
      await app?.close();
    });

    it('consumes the catalog events it needs and publishes its own', async () => {
      const productId = randomUUID();
      await publishAsCatalog(productCreatedEnvelope(productId, 'nats-users-test'));
      await expectReviewRoundTrip(app, productId, 'JetStream');
    });

    it("refuses the reviews user a publish on the catalog's subjects", async () => {
      const reviews = await connectAs('reviews');
      try {
        const forged = productCreatedEnvelope(randomUUID(), 'nats-users-test');
        await expect(
          reviews
            .jetstream()
            .publish(`${prefix}.events.0.catalog.product-created.v2`, Buffer.from(JSON.stringify(forged)), {
              timeout: 3000,
            }),
        ).rejects.toThrow(/Permissions Violation/);
        await expect(
          reviews
            .jetstream()
            .publish(`${prefix}.public.catalog.product-created.v2`, Buffer.from('{}'), { timeout: 3000 }),
        ).rejects.toThrow(/Permissions Violation/);
      } finally {
        await reviews.close().catch(() => undefined);
      }
    });

    it("parks as unauthentic an event of another module's type that arrives on the catalog's subjects", async () => {
      const productId = randomUUID();
      const reviewId = randomUUID();
      const forged = {
        ...productCreatedEnvelope(productId, 'nats-users-test'),
        type: 'reviews.review-added.v1',
        streamId: `reviews.review:${reviewId}`,
        payload: { reviewId, productId, authorId: 'mallory', title: 'Forged', body: 'By the catalog user' },
      };
      await publishAsCatalog(forged);
      const [parked] = await eventually(
        () => app.query(`SELECT consumer, kind, error FROM messaging.dead_letter WHERE kind = 'unauthentic'`),
        (rows) => rows.length === 1,
        { what: 'the forged event to be parked' },
      );
      expect(parked.consumer).toBe('reviews.invalid-message');
      expect(parked.error).toMatch(/published by catalog; only reviews may publish it to reviews/);
      expect(await app.query(`SELECT 1 FROM messaging.inbox WHERE event_id = $1`, [forged.eventId])).toEqual([]);
    });
  });
});
