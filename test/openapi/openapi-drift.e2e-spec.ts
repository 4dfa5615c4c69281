import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson } from '../../src/cli/canonical-json';
import { REPOSITORY_ROOT } from '../../src/cli/repository-root';
import { TestApp, startTestApp } from '../support/test-app';
import { summariseDifferences } from './document-diff';

const COMMITTED = join(REPOSITORY_ROOT, 'openapi.json');

describe('committed OpenAPI document', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is exactly what the running application serves at /docs/openapi.json', async () => {
    const response = await app.api.get('/docs/openapi.json');
    expect(response.status).toBe(200);
    const committed = await readFile(COMMITTED, 'utf8');
    const served = canonicalJson(response.body);
    if (served !== committed) {
      const differences = summariseDifferences(JSON.parse(committed), response.body);
      throw new Error(
        `openapi.json is stale: run \`npm run openapi\` and commit the result.\n` +
          (differences.length > 0 ? differences.map((line) => `  ${line}`).join('\n') : '  (formatting only)'),
      );
    }
  });
});
