import { TestBroker, createTestBroker } from '../rabbitmq/test-broker';
import { TestApp, startTestApp } from '../support/test-app';
import { runPlatformScenario } from './platform-scenario';

// Real processes and a shared broker on a 2-core machine: a rare scheduling stall must not fail CI;
// a real defect fails every attempt.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

describe('platform scenario on the RabbitMQ monolith', () => {
  let broker: TestBroker;
  let app: TestApp;

  beforeAll(async () => {
    broker = await createTestBroker();
    app = await startTestApp({
      EVENT_TRANSPORT: 'rabbitmq',
      RABBITMQ_URL: broker.url,
      RABBITMQ_PREFIX: broker.newPrefix(),
    });
  });

  afterAll(async () => {
    await app?.close();
    await broker?.drop();
  });

  it('converges every read model after products, reviews, ratings and reservations', async () => {
    const report = await runPlatformScenario(app.api);
    console.log(`rabbitmq scenario: ${JSON.stringify(report)}`);
    expect(report.reservations).toEqual({ succeeded: 5, rejected: 3 });
    expect(report.contract.violations).toEqual([]);
  });
});
