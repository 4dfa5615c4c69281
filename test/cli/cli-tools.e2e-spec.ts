import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCommand } from '../support/built-process';
import { TestApp, startTestApp } from '../support/test-app';
import { TEST_JWT_SECRET } from '../support/tokens';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** Every npm script that runs one of the project's compiled tools. */
const TOOLS = Object.entries(manifest.scripts as Record<string, string>)
  .filter(([, command]) => /scripts\/run\.mjs .*dist\/cli\//.test(command))
  .map(([name]) => name);

const npm = (args: string[], env: Record<string, string | undefined> = {}) =>
  runCommand('npm', ['run', '-s', ...args], env);

describe('command-line tools', () => {
  it('are the expected set', () => {
    expect(TOOLS.sort()).toEqual(['docs:modules', 'migration:run', 'openapi', 'projections', 'reset', 'seed', 'token']);
  });

  it.each(TOOLS)('%s: --help prints what it does and its usage, and exits 0, without building', async (tool) => {
    const result = await npm([tool, '--', '--help']);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`usage: npm run (-s )?${tool}`));
  });

  it.each(TOOLS)('%s: an unknown option is one line pointing at --help', async (tool) => {
    const result = await npm([tool, '--', '--frobnicate']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(`${tool}: unknown option '--frobnicate' (see npm run ${tool} -- --help)\n`);
  });

  describe('token', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'ecomm-cli-'));
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('prints only the token on stdout, so $(npm run -s token …) captures it', async () => {
      const result = await npm(['token', '--', '--sub', 'alice', '--admin'], { JWT_SECRET: TEST_JWT_SECRET });
      console.log(`npm run -s token took ${result.elapsedMs} ms`);
      expect(result).toMatchObject({ exitCode: 0, stderr: '' });
      expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    });

    it('without any secret says where one comes from', async () => {
      const result = await npm(['token', '--', '--sub', 'alice'], { DATA_DIR: dataDir });
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toBe(
        `token: no signing secret: JWT_SECRET is not set and ${dataDir}/jwt-secret does not exist yet; ` +
          'start the server once (npm start creates it), or set JWT_SECRET to the server’s secret\n',
      );
    });

    it('reads .env from the current directory without overriding the environment', async () => {
      const project = mkdtempSync(join(tmpdir(), 'ecomm-dotenv-'));
      writeFileSync(
        join(project, '.env'),
        `JWT_SECRET=${'e'.repeat(40)}\nJWT_ISSUER=from-dotenv\nJWT_AUDIENCE=from-dotenv\n`,
      );
      try {
        const result = await runCommand(
          'sh',
          ['-c', `cd "${project}" && node "${ROOT}/scripts/run.mjs" dist/cli/token.cli.js --sub alice`],
          { JWT_AUDIENCE: 'from-environment' },
        );
        expect(result).toMatchObject({ exitCode: 0, stderr: '' });
        const claims = JSON.parse(Buffer.from(result.stdout.split('.')[1], 'base64url').toString());
        expect(claims).toMatchObject({ iss: 'from-dotenv', aud: 'from-environment' });
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    });
  });

  describe('seed', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app.close());

    it('with another secret than the server’s stops before writing, with the status, the reason and the fix', async () => {
      const result = await npm(['seed', '--', '--url', app.baseUrl, '--products', '2'], { JWT_SECRET: 'w'.repeat(40) });
      expect(result.exitCode).toBe(1);
      expect(result.stderr.trim()).toMatch(
        new RegExp(
          `^seed: the server at ${app.baseUrl} refused the seed's token \\(401 Unauthorized: .+\\): it signs tokens ` +
            "with another secret. Run the seed with the server's JWT_SECRET, or with its DATA_DIR when it uses " +
            'the generated development secret$',
        ),
      );
      expect(await app.query(`SELECT count(*)::int AS n FROM catalog.products`)).toEqual([{ n: 0 }]);
    });

    it('without a server says so and how to start one', async () => {
      const result = await npm(['seed', '--', '--url', 'http://127.0.0.1:9'], { JWT_SECRET: TEST_JWT_SECRET });
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toBe(
        'seed: the server at http://127.0.0.1:9 does not answer: start it with npm start, or pass --url\n',
      );
    });

    it('with the server’s secret fills the catalog and suggests a search', async () => {
      const result = await npm(['seed', '--', '--url', app.baseUrl, '--products', '3', '--reviews-per-product', '2'], {
        JWT_SECRET: TEST_JWT_SECRET,
      });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/^seeded 3 products, 6 reviews and 6 ratings from 40 users in /m);
      expect(result.stdout).toContain(`try: curl '${app.baseUrl}/api/v1/search?q=wireless+headphones&limit=5'`);
    }, 120000);
  });
});

/**
 * The runner every tool starts through, on a project of one source file: it builds only when a
 * source is newer than its output, and then runs the fresh output.
 */
describe('scripts/run.mjs', () => {
  let project: string;
  const run = () => runCommand('sh', ['-c', `cd "${project}" && node scripts/run.mjs dist/tool.js`]);
  const setMtime = (path: string, secondsAgo: number) => {
    const time = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(join(project, path), time, time);
  };

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'ecomm-runner-'));
    mkdirSync(join(project, 'scripts'));
    mkdirSync(join(project, 'src'));
    mkdirSync(join(project, 'dist'));
    mkdirSync(join(project, 'node_modules'));
    cpSync(join(ROOT, 'scripts', 'run.mjs'), join(project, 'scripts', 'run.mjs'));
    symlinkSync(join(ROOT, 'node_modules', 'typescript'), join(project, 'node_modules', 'typescript'));
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs' } }));
    writeFileSync(
      join(project, 'tsconfig.build.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        compilerOptions: { rootDir: 'src', outDir: 'dist' },
        include: ['src'],
      }),
    );
    writeFileSync(join(project, 'src', 'main.ts'), '');
    writeFileSync(join(project, 'dist', 'main.js'), '');
    writeFileSync(join(project, 'src', 'tool.ts'), 'console.log("new");\n');
    writeFileSync(join(project, 'dist', 'tool.js'), 'console.log("old");\n');
    for (const file of ['tsconfig.json', 'tsconfig.build.json', 'src/main.ts', 'src/tool.ts']) setMtime(file, 60);
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('runs dist/ as it is when no source is newer', async () => {
    expect(await run()).toMatchObject({ exitCode: 0, stdout: 'old\n', stderr: '' });
  });

  it('builds first when a source changed, saying which, then runs the new output', async () => {
    setMtime('src/tool.ts', 0);
    setMtime('dist/tool.js', 30);
    const result = await run();
    expect(result).toMatchObject({ exitCode: 0, stdout: 'new\n' });
    expect(result.stderr).toMatch(/^building dist\/ \(src\/tool\.ts changed\)…\nbuilt in \d+\.\d s\n$/);
    expect(await run()).toMatchObject({ exitCode: 0, stdout: 'new\n', stderr: '' });
  }, 60000);
});
