import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { TEST_JWT_SECRET } from '../../support/tokens';

const ROOT = join(__dirname, '..', '..', '..');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Shard queues per module in every test deployment (test/support/split-deployment uses the same). */
export const TEST_SHARDS = 2;

/** Where a monolith keeps its state: the same database, transport and broker names across restarts. */
export interface MonolithSite {
  databaseUrl: string;
  /** `EVENT_TRANSPORT` and the broker variables of the transport under test. */
  transportEnv: Record<string, string>;
  port: number;
}

/** The environment of `node dist/main.js` hosting every module on the site's transport, as in production. */
export function monolithEnv(site: MonolithSite, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: site.databaseUrl,
    ...site.transportEnv,
    PORT: String(site.port),
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'warn',
    RELAY_POLL_INTERVAL_MS: '100',
    CONSUMER_BACKOFF_MS: '20',
    RATE_LIMIT_ENABLED: 'false',
    // As in the other process-based suites: quorum queues cost the shared test broker a Raft group each.
    RABBITMQ_QUEUE_TYPE: 'classic',
    RABBITMQ_SHARDS: String(TEST_SHARDS),
    ...extra,
  };
}

/** One `node dist/main.js` process (built by the e2e global setup), its output and its exit. */
export class AppProcess {
  readonly output: string[] = [];
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;
  private exit?: Exit;

  constructor(
    env: Record<string, string>,
    readonly baseUrl = `http://127.0.0.1:${env.PORT}`,
  ) {
    this.child = spawn(process.execPath, ['dist/main.js'], { cwd: ROOT, env: { ...process.env, ...env } });
    const keep = (chunk: Buffer) => {
      this.output.push(...chunk.toString().split('\n').filter(Boolean));
      if (this.output.length > 2000) this.output.splice(0, this.output.length - 2000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve((this.exit = { code, signal }))),
    );
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  /** Resolves true once `/health/ready` answers 200, false if the process exits first. */
  async ready(timeoutMs = 60000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.running) {
      if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms:\n${this.tail()}`);
      try {
        const response = await fetch(`${this.baseUrl}/health/ready`, { signal: AbortSignal.timeout(1000) });
        if (response.status === 200) return true;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }

  tail(lines = 15): string {
    return this.output.slice(-lines).join('\n');
  }
}
