import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/cli/repository-root';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

const PACKAGE = join(REPOSITORY_ROOT, 'clients', 'typescript');

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024, timeout: 180_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ exitCode: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** What an outsider's project needs besides the client, at the versions this repository uses (so npm's cache serves them). */
async function installedVersion(name: string): Promise<string> {
  return (
    JSON.parse(await readFile(join(REPOSITORY_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

const TSCONFIGS = {
  'tsconfig.nodenext.json': { module: 'nodenext', moduleResolution: 'nodenext', outDir: 'dist' },
  'tsconfig.bundler.json': { module: 'esnext', moduleResolution: 'bundler', noEmit: true },
};

describe('the TypeScript client as a package, used from outside the project', () => {
  let app: TestApp;
  let scratch: string;
  let project: string;

  beforeAll(async () => {
    app = await startTestApp();
    scratch = await mkdtemp(join(tmpdir(), 'client-package-'));
    project = join(scratch, 'outsider');
    await mkdir(project);
  });
  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('packs, installs from the tarball, compiles under NodeNext and Bundler, and runs the README example', async () => {
    const packed = await run('npm', ['pack', '--pack-destination', scratch, '--silent'], PACKAGE);
    expect({ exitCode: packed.exitCode, stderr: packed.exitCode === 0 ? '' : packed.stderr }).toEqual({
      exitCode: 0,
      stderr: '',
    });
    const tarball = join(scratch, packed.stdout.trim().split('\n').at(-1)!);

    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({
        name: 'outsider',
        private: true,
        type: 'module',
        dependencies: { '@ecomm-reviews/client': `file:${tarball}` },
        devDependencies: {
          typescript: await installedVersion('typescript'),
          '@types/node': await installedVersion('@types/node'),
        },
      }),
    );
    const installed = await run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
      project,
    );
    expect({ exitCode: installed.exitCode, stderr: installed.exitCode === 0 ? '' : installed.stderr }).toEqual({
      exitCode: 0,
      stderr: '',
    });

    const readme = await readFile(join(PACKAGE, 'README.md'), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain("from '@ecomm-reviews/client'");
    await writeFile(join(project, 'example.ts'), example!);
    // CommonJS code can use the package too (Node.js 20.19+ requires ES modules).
    await writeFile(
      join(project, 'from-commonjs.cts'),
      "import { createApiClient, type ApiClient } from '@ecomm-reviews/client';\n" +
        "export const api: ApiClient = createApiClient({ baseUrl: 'http://localhost:3000' });\n",
    );
    const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const [file, options] of Object.entries(TSCONFIGS)) {
      const compilerOptions = { target: 'es2022', strict: true, types: ['node'], ...options };
      await writeFile(join(project, file), JSON.stringify({ compilerOptions, include: ['*.ts', '*.cts'] }));
      const compiled = await run(process.execPath, [tsc, '-p', file], project);
      expect({ file, exitCode: compiled.exitCode, output: compiled.stdout }).toEqual({ file, exitCode: 0, output: '' });
    }

    const token = await tokenFor('outsider-admin', { admin: true });
    const ran = await run(process.execPath, [join('dist', 'example.js')], project, {
      API_URL: app.baseUrl,
      TOKEN: token,
    });
    expect({ exitCode: ran.exitCode, stderr: ran.stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect(ran.stdout).toContain('Desk lamp');
    const products = await app.api.get<{ items: Array<{ name: string; price: unknown }> }>('/api/v1/products');
    expect(products.body.items.find((item) => item.name === 'Desk lamp')?.price).toEqual({
      amount: 2299,
      currency: 'EUR',
    });
  });
});
