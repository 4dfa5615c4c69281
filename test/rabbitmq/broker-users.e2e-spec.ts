import * as amqplib from 'amqplib';
import { randomUUID } from 'node:crypto';
import { BrokerUser, brokerUrlAs, createBrokerUsers, deleteBrokerUsers } from '../support/broker-users';
import { startTestApp, TestApp } from '../support/test-app';
import { expectReviewRoundTrip, productCreatedEnvelope } from '../support/reviews-alone';
import { createTestBroker, TestBroker } from './test-broker';

const MODULES = ['catalog', 'reviews', 'rating', 'inventory', 'search'];

describe('scripts/create-broker-users.sh', () => {
  let broker: TestBroker;
  let prefix: string;
  let users: Map<string, BrokerUser>;
  let guest: amqplib.ChannelModel;

  const createUsers = (env: Record<string, string> = {}, modules: string[] = []) =>
    createBrokerUsers(broker, prefix, modules, env);
  const urlOf = (user: BrokerUser) => brokerUrlAs(broker.url, user);
  /** Runs `work` on a channel of `user`: undefined if the broker allowed it, else why it closed the channel. */
  const refusal = async (user: BrokerUser, work: (channel: amqplib.ConfirmChannel) => Promise<unknown>) => {
    const connection = await amqplib.connect(urlOf(user));
    try {
      const channel = await connection.createConfirmChannel();
      const closed = new Promise<string>((resolve) => channel.once('error', (error: Error) => resolve(error.message)));
      try {
        await work(channel);
        return undefined;
      } catch (error) {
        const fallback = new Promise<string>((resolve) => setTimeout(() => resolve(String(error)), 2000));
        return await Promise.race([closed, fallback]);
      }
    } finally {
      await connection.close().catch(() => undefined);
    }
  };
  const publish = (exchange: string, routingKey: string) => (channel: amqplib.ConfirmChannel) => {
    channel.publish(exchange, routingKey, Buffer.from('{}'));
    return channel.waitForConfirms();
  };

  beforeAll(async () => {
    broker = await createTestBroker();
    prefix = broker.newPrefix();
    users = await createUsers({ BROKER_PASSWORD_CATALOG: 'catalog-password-from-the-environment' });
    // What a deployment would have declared by now: the shared exchanges and another module's queue.
    guest = await amqplib.connect(broker.url);
    const channel = await guest.createChannel();
    await channel.assertExchange(`${prefix}.events`, 'topic', { durable: true });
    await channel.assertExchange(`${prefix}.public`, 'topic', { durable: true });
    await channel.assertQueue(`${prefix}.search.0`, { durable: true });
  });

  afterAll(async () => {
    await guest?.close();
    if (users) await deleteBrokerUsers(broker, users);
    await broker?.drop();
  });

  it('creates one user per module with the password from the environment or a generated one, and on a rerun keeps or rotates it', async () => {
    expect([...users.keys()]).toEqual(MODULES);
    expect(users.get('catalog')!.password).toBe('catalog-password-from-the-environment');
    const generated = MODULES.filter((module) => module !== 'catalog').map((module) => users.get(module)!.password);
    expect(new Set(generated).size).toBe(generated.length);
    generated.forEach((password) => expect(password).toMatch(/^[A-Za-z0-9]{30,}$/));

    const rotated = 'rotated-reviews-password';
    const again = await createUsers({ BROKER_PASSWORD_REVIEWS: rotated }, ['catalog', 'reviews']);
    expect([...again.values()].map(({ password }) => password)).toEqual(['(unchanged)', rotated]);
    await (await amqplib.connect(urlOf(users.get('catalog')!))).close();
    await expect(amqplib.connect(urlOf(users.get('reviews')!))).rejects.toThrow(/ACCESS_REFUSED/);
    users.set('reviews', { ...users.get('reviews')!, password: rotated });
    await (await amqplib.connect(urlOf(users.get('reviews')!))).close();
  });

  it('lets the reviews user publish reviews events but refuses catalog routing keys on the events and public exchanges', async () => {
    const reviews = users.get('reviews')!;
    expect(await refusal(reviews, publish(`${prefix}.events`, 'reviews.review-added.v1'))).toBeUndefined();
    expect(await refusal(reviews, publish(`${prefix}.events`, 'catalog.product-created.v2'))).toMatch(/ACCESS_REFUSED/);
    expect(await refusal(reviews, publish(`${prefix}.public`, 'catalog.product-deleted.v1'))).toMatch(/ACCESS_REFUSED/);
  });

  it('refuses every module user the default exchange, so none can put a message straight into a queue', async () => {
    for (const module of MODULES) {
      const straightIntoAQueue = (channel: amqplib.ConfirmChannel) => {
        channel.sendToQueue(`${prefix}.search.0`, Buffer.from('{}'));
        return channel.waitForConfirms();
      };
      expect(await refusal(users.get(module)!, straightIntoAQueue)).toMatch(/ACCESS_REFUSED.*amq\.default/);
    }
  });

  it("keeps the reviews user out of other modules' queues", async () => {
    const reviews = users.get('reviews')!;
    const consume = (channel: amqplib.ConfirmChannel) => channel.consume(`${prefix}.search.0`, () => undefined);
    expect(await refusal(reviews, consume)).toMatch(/ACCESS_REFUSED/);
    const declare = (channel: amqplib.ConfirmChannel) => channel.assertQueue(`${prefix}.catalog.0`, { durable: true });
    expect(await refusal(reviews, declare)).toMatch(/ACCESS_REFUSED/);
  });

  describe('the reviews module running alone on its own broker user', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp({
        APP_MODULES: 'reviews',
        EVENT_TRANSPORT: 'rabbitmq',
        RABBITMQ_URL: urlOf(users.get('reviews')!),
        RABBITMQ_PREFIX: prefix,
        // In this test the catalog's events come from the broker's guest user.
        RABBITMQ_PUBLISHERS: 'catalog=guest',
      });
    });

    afterAll(() => app?.close());

    it('consumes the catalog events it needs and publishes its own', async () => {
      const productId = randomUUID();
      const channel = await guest.createConfirmChannel();
      const envelope = productCreatedEnvelope(productId, 'broker-users-test');
      channel.publish(`${prefix}.events`, envelope.type, Buffer.from(JSON.stringify(envelope)), {
        persistent: true,
        userId: 'guest',
        messageId: envelope.eventId,
        headers: { 'x-stream-id': envelope.streamId },
      });
      await channel.waitForConfirms();
      await expectReviewRoundTrip(app, productId, 'the broker');
    });
  });
});
