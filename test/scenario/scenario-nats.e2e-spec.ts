import { TestNats, createTestNats } from '../nats/test-nats';
import { TestApp, startTestApp } from '../support/test-app';
import { runPlatformScenario } from './platform-scenario';

// Real processes and a shared server on a 2-core machine: a rare scheduling stall must not fail CI;
// a real defect fails every attempt.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

describe('platform scenario on the NATS JetStream monolith', () => {
  let server: TestNats;
  let app: TestApp;

  beforeAll(async () => {
    server = await createTestNats();
    app = await startTestApp({ EVENT_TRANSPORT: 'nats', NATS_URL: server.url, NATS_PREFIX: server.newPrefix() });
  });

  afterAll(async () => {
    await app?.close();
    await server?.drop();
  });

  it('converges every read model after products, reviews, ratings and reservations', async () => {
    const report = await runPlatformScenario(app.api);
    console.log(`nats scenario: ${JSON.stringify(report)}`);
    expect(report.reservations).toEqual({ succeeded: 5, rejected: 3 });
  });
});
