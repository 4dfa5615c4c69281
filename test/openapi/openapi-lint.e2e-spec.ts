import SwaggerParser from '@apidevtools/swagger-parser';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/cli/repository-root';
import { runNodeScript } from './run-node-script';

interface SpectralFinding {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

const SPECTRAL_ERROR = 0;

describe('committed OpenAPI document quality', () => {
  it('is a valid OpenAPI 3 document whose references all resolve', async () => {
    const document = JSON.parse(await readFile(join(REPOSITORY_ROOT, 'openapi.json'), 'utf8'));
    const validated = await SwaggerParser.validate(document);
    expect(Object.keys(validated.paths ?? {})).toContain('/api/v1/products');
  });

  it('has no error under the Spectral ruleset in .spectral.yaml', async () => {
    const run = await runNodeScript('@stoplight/spectral-cli/dist/index.js', [
      'lint',
      'openapi.json',
      '--ruleset',
      '.spectral.yaml',
      '--format',
      'json',
      '--quiet',
    ]);
    let findings: SpectralFinding[];
    try {
      findings = JSON.parse(run.stdout) as SpectralFinding[];
    } catch {
      throw new Error(`spectral did not report JSON (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
    }
    const errors = findings
      .filter((finding) => finding.severity === SPECTRAL_ERROR)
      .map((finding) => `${finding.code} at ${finding.path.join('.')}: ${finding.message}`);
    expect(errors).toEqual([]);
  });
});
