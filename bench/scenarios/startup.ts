import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BenchRun } from '../lib/bench-run';
import { percentile } from '../lib/percentiles';
import { REPOSITORY_ROOT } from '../lib/processes';
import { BENCH_JWT_SECRET } from '../lib/tokens';

const STARTS = 3;

export interface StartupResult {
  /** Spawn → `/health/ready` on PostgreSQL (already migrated), in-process events; median of 3 starts. */
  serverMs: number;
  /** The same with the embedded default database (no DATABASE_URL) on a data directory created before. */
  embeddedMs: number;
  /** The first start on an empty data directory: creating the embedded database and migrating it. */
  embeddedFirstMs: number;
  /** `node scripts/run.mjs dist/cli/token.cli.js --sub …` to exit, dist/ up to date; median of 3. */
  cliMs: number;
}

const median = (values: number[]) => Math.round(percentile(values, 0.5) ?? 0);

/** Start-up of a built server, and a CLI's answer, measured as a user runs them. */
export async function measureStartup(run: BenchRun): Promise<StartupResult> {
  const startOnce = async (name: string, env: Record<string, string>) => {
    const server = await run.startServer(name, { JWT_SECRET: BENCH_JWT_SECRET, LOG_LEVEL: 'warn', ...env });
    await run.stop(server);
    return server.readyAfterMs;
  };
  const server: number[] = [];
  for (let index = 0; index < STARTS; index++) {
    server.push(await startOnce('startup-postgres', { DATABASE_URL: run.db.url, EVENT_TRANSPORT: 'inprocess' }));
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ecomm-bench-startup-'));
  try {
    const embeddedEnv = { DATABASE_URL: '', DATA_DIR: dataDir, EVENT_TRANSPORT: 'inprocess' };
    const embeddedFirstMs = await startOnce('startup-embedded-first', embeddedEnv);
    const embedded: number[] = [];
    for (let index = 0; index < STARTS; index++) embedded.push(await startOnce('startup-embedded', embeddedEnv));
    const cli: number[] = [];
    for (let index = 0; index < STARTS; index++) {
      const startedAt = performance.now();
      const result = spawnSync(process.execPath, ['scripts/run.mjs', 'dist/cli/token.cli.js', '--sub', 'bench'], {
        cwd: REPOSITORY_ROOT,
        env: { ...process.env, JWT_SECRET: BENCH_JWT_SECRET },
        encoding: 'utf8',
      });
      cli.push(performance.now() - startedAt);
      if (result.status !== 0) throw new Error(`token CLI failed: ${result.stderr.trim().split('\n')[0]}`);
      if (result.stderr.includes('building dist/')) throw new Error('the token CLI rebuilt dist/; run after a build');
    }
    return { serverMs: median(server), embeddedMs: median(embedded), embeddedFirstMs, cliMs: median(cli) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
