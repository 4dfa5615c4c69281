import { TestNats, createTestNats } from '../nats/test-nats';
import { SplitDeployment } from '../support/split-deployment';
import { runPlatformScenario } from './platform-scenario';

// Real processes and a shared server on a 2-core machine: a rare scheduling stall must not fail CI;
// a real defect fails every attempt.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/** The split deployment of scenario-split, its five services talking over NATS JetStream instead of RabbitMQ. */
describe('platform scenario on the split deployment behind the gateway, over NATS', () => {
  let server: TestNats;
  let deployment: SplitDeployment;

  beforeAll(async () => {
    server = await createTestNats();
    deployment = await SplitDeployment.start({
      env: {
        EVENT_TRANSPORT: 'nats',
        NATS_URL: server.url,
        NATS_PREFIX: server.newPrefix(),
        NATS_PARTITIONS: '2',
      },
      // Broker users are RabbitMQ's; NATS users are proven in test/nats/nats-users.
      sharedBrokerUser: true,
    });
  }, 120000);

  afterAll(async () => {
    await deployment?.stop();
    await server?.drop();
  });

  it('converges every read model after products, reviews, ratings and reservations', async () => {
    const report = await runPlatformScenario(deployment.api);
    console.log(`split scenario on nats: ${JSON.stringify(report)}`);
    expect(report.reservations).toEqual({ succeeded: 5, rejected: 3 });
  });
});
