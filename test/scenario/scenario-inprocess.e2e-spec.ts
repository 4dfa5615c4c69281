import { TestApp, startTestApp } from '../support/test-app';
import { runPlatformScenario } from './platform-scenario';

describe('platform scenario on the in-process monolith', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ EVENT_TRANSPORT: 'inprocess' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('converges every read model after products, reviews, ratings and reservations, exactly as openapi.json says', async () => {
    const report = await runPlatformScenario(app.baseUrl);
    console.log(`in-process scenario: ${JSON.stringify(report)}`);
    expect(report.reservations).toEqual({ succeeded: 5, rejected: 3 });
    expect(report.contract.violations).toEqual([]);
  });
});
