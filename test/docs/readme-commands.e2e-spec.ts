import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../support/http-client';
import { ROOT, cleanEnv, runCommand } from '../support/built-process';
import { freePort } from '../support/split-deployment';
import { README, markedBlocks, readmeSection } from './readme';

/** What a pasted command prints that is an RFC 9457 problem: its status. */
function problemStatuses(output: string): number[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .filter((body) => typeof body.status === 'number' && typeof body.title === 'string')
    .map((body) => body.status);
}

/**
 * The README's quick start and walkthrough, run as a newcomer runs them: `npm start` (the quick
 * start's server) in one process, the walkthrough's blocks pasted into one shell. Only the port and
 * the data directory differ, so the suite can run beside other servers. (`npm install` and `npm test`
 * are what this suite runs under.)
 */
describe('README commands', () => {
  const blocks = markedBlocks();
  const dataDir = mkdtempSync(join(tmpdir(), 'ecomm-readme-'));
  let port: number;
  let server: ChildProcess;
  let serverOutput = '';
  const local = (text: string) => text.replaceAll('127.0.0.1:3000', `127.0.0.1:${port}`);

  beforeAll(async () => {
    port = await freePort();
  });
  afterAll(async () => {
    if (server && server.exitCode === null) {
      process.kill(-server.pid!, 'SIGTERM');
      await new Promise((resolve) => server.once('close', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('quick start: installs and starts with one command, tests with another', () => {
    const quickStart = blocks.filter((block) => block.marker === 'quick-start');
    expect(quickStart).toHaveLength(1);
    const commands = quickStart[0].commands
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
  });

  it('quick start: npm start serves and prints the two lines the README shows', async () => {
    server = spawn('npm', ['start'], {
      cwd: ROOT,
      env: cleanEnv({ PORT: String(port), DATA_DIR: dataDir }),
      detached: true,
    });
    server.stdout!.on('data', (chunk) => (serverOutput += chunk));
    server.stderr!.on('data', (chunk) => (serverOutput += chunk));
    const api = new HttpClient(`http://127.0.0.1:${port}`);
    const deadline = Date.now() + 120000;
    while (
      (await api.get('/health/ready').then(
        (r) => r.status,
        () => 0,
      )) !== 200
    ) {
      if (server.exitCode !== null || Date.now() > deadline)
        throw new Error(`npm start did not serve:\n${serverOutput}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const shown = /`npm start` prints two lines once it serves:\n\n```\n([\s\S]*?)```/.exec(
      readmeSection('Quick start'),
    );
    expect(shown).not.toBeNull();
    const expected = local(shown![1]).replace('embedded PGlite in .data', `embedded PGlite in ${dataDir}`);
    expect(serverOutput.split('\n').filter((line) => !line.startsWith('>') && line.trim() !== '')).toEqual(
      expected.trim().split('\n'),
    );
  }, 150000);

  it('walkthrough: every block runs when pasted, and only the errors it shows are errors', async () => {
    const walkthrough = blocks.filter((block) => block.marker.startsWith('walkthrough'));
    expect(walkthrough.length).toBeGreaterThanOrEqual(4);
    // Each block's output is told apart by a marker; curl's output gets the newline a terminal adds.
    const script = [
      'set -euo pipefail',
      'curl() { command curl "$@"; echo; }',
      ...walkthrough.map((block, index) => `echo "::block ${index}::"\n${local(block.commands)}`),
    ].join('\n');
    const result = await runCommand('bash', ['-c', script], { PORT: String(port), DATA_DIR: dataDir });
    expect(result.stderr.replace(/seeding \[.*\n?/g, '')).toBe('');
    expect(result.exitCode).toBe(0);
    const outputs = result.stdout.split(/^::block \d+::\n/m).slice(1);
    expect(outputs).toHaveLength(walkthrough.length);
    walkthrough.forEach((block, index) => {
      const shows = /shows (\d{3})/.exec(block.marker);
      expect({ block: block.commands, problems: problemStatuses(outputs[index]) }).toEqual({
        block: block.commands,
        problems: shows ? [Number(shows[1])] : [],
      });
    });
    expect(result.stdout).toMatch(/^seeded 20 products, 100 reviews and 100 ratings from 40 users in /m);
  }, 300000);

  it('names no script that package.json lacks', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts);
    const named = [...README.matchAll(/npm run (?:-s )?([a-z][\w:-]*)/g)].map(([, name]) => name);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});
