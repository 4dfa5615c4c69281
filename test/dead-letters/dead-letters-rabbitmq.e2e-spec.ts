import * as amqplib from 'amqplib';
import { createTestBroker, TestBroker } from '../rabbitmq/test-broker';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { DeadLetterItem, describeDeadLetterOperations } from './dead-letter-suite';

const rabbitMqApp = (broker: TestBroker, prefix: string) =>
  startTestApp({
    EVENT_TRANSPORT: 'rabbitmq',
    RABBITMQ_URL: broker.url,
    RABBITMQ_PREFIX: prefix,
    CONSUMER_MAX_ATTEMPTS: '2',
  });

describe('dead letters on the RabbitMQ transport', () => {
  let broker: TestBroker;

  describeDeadLetterOperations(
    async () => {
      broker = await createTestBroker();
      return rabbitMqApp(broker, broker.newPrefix());
    },
    () => broker?.drop(),
  );
});

describe('an unreadable message on the RabbitMQ transport', () => {
  let broker: TestBroker;
  let prefix: string;
  let app: TestApp;

  beforeAll(async () => {
    broker = await createTestBroker();
    prefix = broker.newPrefix();
    app = await rabbitMqApp(broker, prefix);
  });

  afterAll(async () => {
    await app?.close();
    await broker?.drop();
  });

  it('is listed with its error, kept in the module DLQ as the broker-level copy, and cannot be redriven', async () => {
    const connection = await amqplib.connect(broker.url);
    try {
      const channel = await connection.createConfirmChannel();
      channel.publish(`${prefix}.events`, 'rating.product-rated.v1', Buffer.from('this is not json'), {
        messageId: 'garbage-1',
        headers: { 'x-stream-id': 'garbage' },
      });
      await channel.waitForConfirms();

      const admin = await tokenFor('admin-1', { admin: true });
      const page = await eventually(
        () =>
          app.api.get<{ items: DeadLetterItem[] }>('/api/v1/admin/dead-letters?consumer=rating.invalid-message', {
            token: admin,
          }),
        (response) => response.body.items?.length === 1,
        { what: 'the unreadable message to be parked' },
      );
      const [parked] = page.body.items;
      expect(parked).toMatchObject({
        eventId: null,
        type: null,
        envelope: { raw: 'this is not json' },
        redrivenAt: null,
      });
      expect(parked.error).toContain('JSON');
      expect((await channel.checkQueue(`${prefix}.rating.dlq`)).messageCount).toBe(1);

      const redrive = await app.api.post(`/api/v1/admin/dead-letters/${parked.id}/redrive`, undefined, {
        token: admin,
      });
      expect(redrive.status).toBe(409);
      expect(redrive.body.code).toBe('dead-letter.invalid-message');
    } finally {
      await connection.close();
    }
  });
});
