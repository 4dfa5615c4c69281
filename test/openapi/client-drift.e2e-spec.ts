import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/cli/repository-root';
import { runNodeScript } from './run-node-script';

const COMMITTED_SCHEMA = join(REPOSITORY_ROOT, 'clients', 'typescript', 'src', 'generated', 'schema.ts');

function firstDifference(committed: string, expected: string): string {
  const before = committed.split('\n');
  const after = expected.split('\n');
  const line = before.findIndex((text, index) => text !== after[index]);
  const at = line === -1 ? before.length : line;
  return `first difference at line ${at + 1}:\n  committed: ${before[at] ?? '(end of file)'}\n  expected:  ${after[at] ?? '(end of file)'}`;
}

describe('committed TypeScript client', () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'openapi-client-'));
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('has the types openapi-typescript generates from the committed openapi.json', async () => {
    const generated = join(scratch, 'schema.ts');
    // The same command as `npm run client`, written elsewhere so the committed file is only read.
    const run = await runNodeScript('openapi-typescript/bin/cli.js', ['openapi.json', '--output', generated]);
    expect({ exitCode: run.exitCode, stderr: run.exitCode === 0 ? '' : run.stderr }).toEqual({
      exitCode: 0,
      stderr: '',
    });
    const [expected, committed] = await Promise.all([readFile(generated, 'utf8'), readFile(COMMITTED_SCHEMA, 'utf8')]);
    if (committed !== expected) {
      throw new Error(
        `clients/typescript/src/generated/schema.ts is stale: run \`npm run client\` and commit the result.\n${firstDifference(committed, expected)}`,
      );
    }
  });
});
