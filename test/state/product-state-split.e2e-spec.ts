import { SplitDeployment } from '../support/split-deployment';
import { tokenFor } from '../support/tokens';
import { ScenarioTokens, runProductStateScenario } from './product-state-scenario';

// Real processes and a shared broker on a 2-core machine: a rare scheduling stall must not fail CI;
// a real defect fails every attempt.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/**
 * The same history through the gateway in front of five services, each with its own database and
 * event store: the gateway merges each service's parts and answers exactly as one server does.
 */
describe('a product at a point in time, through the gateway with a database per service', () => {
  let deployment: SplitDeployment;
  let who: ScenarioTokens;

  beforeAll(async () => {
    deployment = await SplitDeployment.start();
    who = {
      admin: await tokenFor('admin-1', { admin: true }),
      bob: await tokenFor('bob'),
      carol: await tokenFor('carol'),
    };
  }, 180000);

  afterAll(async () => {
    await deployment?.stop();
  });

  it('is rebuilt from every service’s events between every step, 404 before creation and 410 after deletion', async () => {
    await runProductStateScenario(deployment.api, who);
  }, 120000);

  it('refuses a bare number as at, which is no position of this gateway', async () => {
    const refused = await deployment.api.get('/api/v1/products/0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10/state?at=12');
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'at' })]);
  });
});
