import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { ScenarioTokens, runProductStateScenario } from './product-state-scenario';

describe('a product at a point in time, on one server', () => {
  let app: TestApp;
  let who: ScenarioTokens;

  beforeAll(async () => {
    app = await startTestApp();
    who = {
      admin: await tokenFor('admin-1', { admin: true }),
      bob: await tokenFor('bob'),
      carol: await tokenFor('carol'),
    };
  });

  afterAll(() => app?.close());

  it('is rebuilt from stored events between every step, 404 before creation and 410 after deletion', async () => {
    await runProductStateScenario(app.api, who);
  });
});
