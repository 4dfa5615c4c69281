import SwaggerParser from '@apidevtools/swagger-parser';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPOSITORY_ROOT } from '../../src/cli/repository-root';

describe('committed OpenAPI document quality', () => {
  it('is a valid OpenAPI 3 document whose references all resolve', async () => {
    const document = JSON.parse(await readFile(join(REPOSITORY_ROOT, 'openapi.json'), 'utf8'));
    const validated = await SwaggerParser.validate(document);
    expect(Object.keys(validated.paths ?? {})).toContain('/api/v1/products');
  });

  it('has no error under Spectral (.spectral.yaml) nor Redocly (recommended), as `npm run lint` checks', async () => {
    const lint = await promisify(execFile)(process.execPath, [join(REPOSITORY_ROOT, 'scripts', 'lint-openapi.mjs')], {
      cwd: REPOSITORY_ROOT,
    }).then(
      ({ stdout }) => ({ exitCode: 0, stdout }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        exitCode: error.code,
        stdout: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );
    expect(lint).toEqual({
      exitCode: 0,
      stdout: expect.stringMatching(/Spectral.*: 0 errors[\s\S]*Redocly.*: 0 errors/),
    });
  });

  it('prints no response description twice', async () => {
    const document = JSON.parse(await readFile(join(REPOSITORY_ROOT, 'openapi.json'), 'utf8'));
    const repeated = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { responses: Record<string, { description: string }> }>).flatMap(
        ([method, operation]) =>
          Object.entries(operation.responses)
            .filter(
              ([, response]) =>
                new Set(response.description.split('\n\n')).size < response.description.split('\n\n').length,
            )
            .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );
    expect(repeated).toEqual([]);
  });
});
