import * as amqplib from 'amqplib';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { eventually } from '../support/eventually';
import { rabbitmqctl } from '../support/rabbitmqctl';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { createTestBroker, TestBroker } from './test-broker';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'create-broker-users.sh');

interface Parked {
  consumer: string;
  kind: string;
  type: string | null;
  error: string;
}

/**
 * Catalog and search as two services, each on its own database and broker user, consumers told which
 * user publishes each module's events (`RABBITMQ_PUBLISHERS`). Events forged by anyone else who can
 * reach the broker — as `guest`, as another module's user, or straight into a shard queue — change no
 * read model: the broker refuses them, or the consumer parks them as `unauthentic`.
 */
describe('forged broker messages', () => {
  let broker: TestBroker;
  let prefix: string;
  let users: Map<string, { user: string; password: string }>;
  let catalog: TestApp;
  let search: TestApp;
  let admin: string;
  let productId: string;

  const urlAs = (module: string) => {
    const url = new URL(broker.url);
    url.username = encodeURIComponent(users.get(module)!.user);
    url.password = encodeURIComponent(users.get(module)!.password);
    return url.toString();
  };
  const service = (module: string) =>
    startTestApp({
      APP_MODULES: module,
      EVENT_TRANSPORT: 'rabbitmq',
      RABBITMQ_URL: urlAs(module),
      RABBITMQ_PREFIX: prefix,
      RABBITMQ_PUBLISHERS: [...users].map(([name, { user }]) => `${name}=${user}`).join(','),
    });
  const searchHits = async () =>
    (
      await search.api.get<{ items: Array<{ productId: string; rating: { count: number } }> }>(
        '/api/v1/search?q=incorruptible',
      )
    ).body.items;
  const unauthentic = async () =>
    (
      await search.api.get<{ items: Parked[] }>('/api/v1/admin/dead-letters?consumer=search.invalid-message', {
        token: admin,
      })
    ).body.items.filter((item) => item.kind === 'unauthentic');
  const forged = (type: string, streamId: string, streamVersion: number, payload: Record<string, unknown>) => ({
    eventId: uuidV7(),
    type,
    streamId,
    streamVersion,
    occurredAt: new Date().toISOString(),
    correlationId: `forged-${randomUUID()}`,
    causationId: null,
    actor: 'mallory',
    payload,
  });
  /** Publishes as `url`'s user; undefined when the broker took it, else why it closed the channel. */
  const attempt = async (url: string, send: (channel: amqplib.ConfirmChannel) => void) => {
    const connection = await amqplib.connect(url);
    try {
      const channel = await connection.createConfirmChannel();
      const refused = new Promise<string>((resolve) => channel.once('error', (error: Error) => resolve(error.message)));
      send(channel);
      return await Promise.race([channel.waitForConfirms().then(() => undefined), refused]);
    } finally {
      await connection.close().catch(() => undefined);
    }
  };
  const body = (envelope: object) => Buffer.from(JSON.stringify(envelope));

  beforeAll(async () => {
    broker = await createTestBroker();
    prefix = broker.newPrefix();
    const { stdout } = await run('bash', [
      SCRIPT,
      '--vhost',
      broker.vhost,
      '--prefix',
      prefix,
      'catalog',
      'rating',
      'search',
    ]);
    users = new Map(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t'))
        .map(([module, user, password]) => [module, { user, password }]),
    );
    search = await service('search');
    catalog = await service('catalog');
    admin = await tokenFor('admin-forgery', { admin: true });
    const created = await catalog.api.post<{ id: string }>(
      '/api/v1/products',
      {
        sku: 'FORGE-1',
        name: 'Incorruptible lamp',
        description: 'Only its owner may change it',
        price: { amount: 1000, currency: 'EUR' },
        initialStock: 3,
      },
      { token: admin },
    );
    expect(created.status).toBe(201);
    productId = created.body.id;
    await eventually(searchHits, (hits) => hits.length === 1, { what: 'search to index the real product' });
  });

  afterAll(async () => {
    await catalog?.close();
    await search?.close();
    for (const { user } of users?.values() ?? []) await rabbitmqctl('delete_user', user).catch(() => undefined);
    await broker?.drop();
  });

  it('parks a rating summary forged as guest, and the product keeps its real rating', async () => {
    const summary = forged('rating.product-rating-recalculated.v1', `rating.summary:${productId}`, 1000, {
      productId,
      average: 5,
      count: 9999,
      histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 9999 },
    });
    const refused = await attempt(broker.url, (channel) =>
      channel.publish(`${prefix}.events`, summary.type, body(summary), {
        userId: 'guest',
        headers: { 'x-stream-id': summary.streamId },
      }),
    );
    expect(refused).toBeUndefined();
    const [parked] = await eventually(unauthentic, (items) => items.length === 1, { what: 'the forgery to be parked' });
    expect(parked.type).toBe(summary.type);
    expect(parked.error).toMatch(/published by guest; only .*-rating .* may publish it/);
    expect((await searchHits())[0].rating.count).toBe(0);
  });

  it("refuses a product deletion forged by another module's user at the broker", async () => {
    const deletion = forged('catalog.product-deleted.v1', `catalog.product:${productId}`, 2, {
      productId,
      sku: 'FORGE-1',
    });
    const refused = await attempt(urlAs('rating'), (channel) =>
      channel.publish(`${prefix}.events`, deletion.type, body(deletion), {
        userId: users.get('rating')!.user,
        headers: { 'x-stream-id': deletion.streamId },
      }),
    );
    expect(refused).toMatch(/ACCESS_REFUSED/);
    expect(await searchHits()).toHaveLength(1);
  });

  it('parks a deletion sent straight to a shard queue, and the product stays searchable', async () => {
    const before = (await unauthentic()).length;
    for (const [url, userId] of [
      [broker.url, 'guest'],
      [urlAs('rating'), users.get('rating')!.user],
    ]) {
      const deletion = forged('catalog.product-deleted.v1', `catalog.product:${productId}`, 2, {
        productId,
        sku: 'FORGE-1',
      });
      const refused = await attempt(url, (channel) => {
        for (const shard of [0, 1]) channel.sendToQueue(`${prefix}.search.${shard}`, body(deletion), { userId });
      });
      // A module's user may not write to the default exchange at all; anyone who may is parked.
      if (refused === undefined) {
        await eventually(unauthentic, (items) => items.length > before, { what: `${userId}'s forgery to be parked` });
      } else {
        expect(refused).toMatch(/ACCESS_REFUSED/);
      }
    }
    expect(await searchHits()).toHaveLength(1);
    expect((await unauthentic()).every((item) => item.kind === 'unauthentic')).toBe(true);
  });

  it('applies what the owner publishes: a real deletion still removes the product', async () => {
    const deleted = await catalog.api.delete(`/api/v1/products/${productId}`, { token: admin });
    expect(deleted.status).toBe(204);
    await eventually(searchHits, (hits) => hits.length === 0, { what: 'the real deletion to reach search' });
  });
});
