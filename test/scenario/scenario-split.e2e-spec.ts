import { SplitDeployment } from '../support/split-deployment';
import { runPlatformScenario } from './platform-scenario';

// Real processes and a shared broker on a 2-core machine: a rare scheduling stall must not fail CI;
// a real defect fails every attempt.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

describe('platform scenario on the split deployment behind the gateway', () => {
  let deployment: SplitDeployment;

  beforeAll(async () => {
    deployment = await SplitDeployment.start();
  }, 120000);

  afterAll(async () => {
    await deployment?.stop();
  });

  it('converges every read model after products, reviews, ratings and reservations', async () => {
    const report = await runPlatformScenario(deployment.api);
    console.log(`split scenario: ${JSON.stringify(report)}`);
    expect(report.reservations).toEqual({ succeeded: 5, rejected: 3 });
    expect(report.contract.violations).toEqual([]);
  });
});
