import { createTestBroker, TestBroker } from '../rabbitmq/test-broker';
import { startTestApp } from '../support/test-app';
import { describeDeadLetterOperations } from './dead-letter-suite';

describe('dead letters on the RabbitMQ transport', () => {
  let broker: TestBroker;

  describeDeadLetterOperations(
    async () => {
      broker = await createTestBroker();
      return startTestApp({
        EVENT_TRANSPORT: 'rabbitmq',
        RABBITMQ_URL: broker.url,
        RABBITMQ_PREFIX: broker.newPrefix(),
        CONSUMER_MAX_ATTEMPTS: '2',
      });
    },
    () => broker?.drop(),
  );
});
