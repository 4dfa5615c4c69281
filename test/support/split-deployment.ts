import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { TestBroker, createTestBroker } from '../rabbitmq/test-broker';
import { eventually } from './eventually';
import { HttpClient } from './http-client';
import { TestDatabase, createTestDatabase } from './test-database';
import { TEST_JWT_SECRET } from './tokens';

export const SPLIT_MODULES = ['catalog', 'reviews', 'rating', 'inventory', 'search'] as const;
export type SplitProcessName = (typeof SPLIT_MODULES)[number] | 'gateway';

const ROOT = join(__dirname, '..', '..');

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

interface ManagedProcess {
  child: ChildProcess;
  port: number;
  output: string[];
}

/** The split deployment as real processes: five module services and the gateway, on RabbitMQ. */
export class SplitDeployment {
  readonly processes = new Map<SplitProcessName, ManagedProcess>();
  readonly api: HttpClient;

  private constructor(
    readonly database: TestDatabase,
    readonly broker: TestBroker,
    private readonly prefix: string,
    private readonly ports: Record<SplitProcessName, number>,
    private readonly extraEnv: Record<string, string>,
  ) {
    this.api = new HttpClient(this.baseUrl);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.ports.gateway}`;
  }

  /** Starts every process on a fresh database and broker virtual host, and waits until the gateway is ready. */
  static async start(extraEnv: Record<string, string> = {}): Promise<SplitDeployment> {
    const [database, broker] = await Promise.all([createTestDatabase(), createTestBroker()]);
    const ports = {} as Record<SplitProcessName, number>;
    for (const name of [...SPLIT_MODULES, 'gateway'] as SplitProcessName[]) ports[name] = await freePort();
    const deployment = new SplitDeployment(database, broker, broker.newPrefix(), ports, extraEnv);
    for (const name of [...SPLIT_MODULES, 'gateway'] as SplitProcessName[]) deployment.spawn(name);
    await deployment.waitUntilReady();
    return deployment;
  }

  /** Waits for the gateway to report every upstream ready; fails at once if a process exits meanwhile. */
  async waitUntilReady(timeoutMs = 90000): Promise<void> {
    let watching = true;
    const exited = new Promise<never>((_, reject) =>
      [...this.processes].forEach(([name, managed]) =>
        managed.child.once('exit', (code) => {
          if (watching) reject(new Error(`${name} exited with code ${code} while starting\n${this.recentOutput()}`));
        }),
      ),
    );
    const ready = eventually(
      () => this.api.get('/health/ready'),
      (response) => response.status === 200,
      {
        timeoutMs,
        intervalMs: 250,
        what: `the split deployment to be ready\n${this.recentOutput()}`,
      },
    );
    exited.catch(() => undefined);
    try {
      await Promise.race([ready, exited]);
    } finally {
      watching = false;
    }
  }

  /** Sends `signal` to one process and waits for it to exit. */
  async kill(name: SplitProcessName, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const managed = this.processes.get(name);
    if (!managed || managed.child.exitCode !== null || managed.child.signalCode !== null) return;
    const exited = new Promise((resolve) => managed.child.once('exit', resolve));
    managed.child.kill(signal);
    await exited;
  }

  /** Starts a process again on its old port (after `kill`). */
  restart(name: SplitProcessName, env: Record<string, string> = {}): void {
    this.spawn(name, env);
  }

  output(name: SplitProcessName): string[] {
    return this.processes.get(name)?.output ?? [];
  }

  async stop(): Promise<void> {
    await Promise.all([...this.processes.keys()].map((name) => this.kill(name, 'SIGTERM')));
    await this.broker.drop().catch(() => undefined);
    await this.database.drop().catch(() => undefined);
  }

  private spawn(name: SplitProcessName, env: Record<string, string> = {}): void {
    const upstreams = Object.fromEntries(
      SPLIT_MODULES.map((module) => [`${module.toUpperCase()}_URL`, `http://127.0.0.1:${this.ports[module]}`]),
    );
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        APP_MODULES: name,
        PORT: String(this.ports[name]),
        DATABASE_URL: name === 'gateway' ? '' : this.database.url,
        EVENT_TRANSPORT: 'rabbitmq',
        RABBITMQ_URL: this.broker.url,
        RABBITMQ_PREFIX: this.prefix,
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'warn',
        RELAY_POLL_INTERVAL_MS: '200',
        VIEW_FLUSH_INTERVAL_MS: '500',
        RATE_LIMIT_ENABLED: 'false',
        RABBITMQ_QUEUE_TYPE: 'classic',
        RABBITMQ_SHARDS: '2',
        ...upstreams,
        ...this.extraEnv,
        ...env,
      },
    });
    const output: string[] = this.processes.get(name)?.output ?? [];
    const keep = (chunk: Buffer) => {
      output.push(...chunk.toString().split('\n').filter(Boolean));
      if (output.length > 5000) output.splice(0, output.length - 5000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.processes.set(name, { child, port: this.ports[name], output });
  }

  private recentOutput(): string {
    return [...this.processes]
      .map(([name, managed]) => `[${name}] ${managed.output.slice(-5).join(`\n[${name}] `)}`)
      .join('\n');
  }
}
