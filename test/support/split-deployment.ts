import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { TestBroker, createTestBroker } from '../rabbitmq/test-broker';
import { BrokerUser, brokerUrlAs, createBrokerUsers, deleteBrokerUsers, publishersOf } from './broker-users';
import { eventually } from './eventually';
import { FederatedDatabase, Query, federate } from './federated-database';
import { HttpClient } from './http-client';
import { TestDatabase, createTestDatabase } from './test-database';
import { TEST_JWT_SECRET } from './tokens';

export const SPLIT_MODULES = ['catalog', 'reviews', 'rating', 'inventory', 'search'] as const;
export type SplitModule = (typeof SPLIT_MODULES)[number];
export type SplitProcessName = SplitModule | 'gateway';

export interface SplitOptions {
  /** Variables for every process. */
  env?: Record<string, string>;
  /** One database for all services instead of the production default, a database per service. */
  sharedDatabase?: boolean;
  /** Connect every service as the broker's own user instead of its own (the production default). */
  sharedBrokerUser?: boolean;
  /** The broker to run on (e.g. a cluster's virtual host); default: a fresh virtual host on the test broker. */
  broker?: TestBroker;
}

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

  private overviewDatabase?: Promise<FederatedDatabase>;

  private constructor(
    /** Each module's database (the same one for all with `sharedDatabase`). */
    readonly databases: Record<SplitModule, TestDatabase>,
    readonly broker: TestBroker,
    readonly prefix: string,
    private readonly ports: Record<SplitProcessName, number>,
    private readonly extraEnv: Record<string, string>,
    /** Each module's broker user; empty with `sharedBrokerUser`. */
    readonly brokerUsers: ReadonlyMap<string, BrokerUser>,
    private readonly ownsBroker: boolean,
  ) {
    this.api = new HttpClient(this.baseUrl);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.ports.gateway}`;
  }

  /**
   * Starts every process as production runs them — a fresh database per service, a broker user per
   * service on a fresh virtual host — and waits until the gateway is ready.
   */
  static async start(options: SplitOptions = {}): Promise<SplitDeployment> {
    const env = options.env ?? {};
    const shared = options.sharedDatabase ? await createTestDatabase() : undefined;
    const [broker, ...databases] = await Promise.all([
      options.broker ?? createTestBroker(),
      ...SPLIT_MODULES.map(() => shared ?? createTestDatabase()),
    ]);
    const prefix = env.RABBITMQ_PREFIX ?? broker.newPrefix();
    const users = options.sharedBrokerUser ? new Map() : await createBrokerUsers(broker, prefix, SPLIT_MODULES);
    const ports = {} as Record<SplitProcessName, number>;
    for (const name of [...SPLIT_MODULES, 'gateway'] as SplitProcessName[]) ports[name] = await freePort();
    const owned = Object.fromEntries(SPLIT_MODULES.map((module, index) => [module, databases[index]]));
    const deployment = new SplitDeployment(
      owned as Record<SplitModule, TestDatabase>,
      broker,
      prefix,
      ports,
      env,
      users,
      !options.broker,
    );
    for (const name of [...SPLIT_MODULES, 'gateway'] as SplitProcessName[]) deployment.spawn(name);
    await deployment.waitUntilReady();
    return deployment;
  }

  /** SQL over every service's database at once (see `federate`), for consistency checks across modules. */
  get overview(): Query {
    return async (sql, params) => {
      this.overviewDatabase ??= federate(SPLIT_MODULES.map((module) => ({ module, database: this.databases[module] })));
      return (await this.overviewDatabase).query(sql, params);
    };
  }

  /** SQL on one module's own database. */
  async query<T = any>(module: SplitModule, sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.databases[module].url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
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
    await this.overviewDatabase?.then((overview) => overview.close()).catch(() => undefined);
    await deleteBrokerUsers(this.broker, this.brokerUsers);
    if (this.ownsBroker) await this.broker.drop().catch(() => undefined);
    for (const database of new Set(Object.values(this.databases))) await database.drop().catch(() => undefined);
  }

  private spawn(name: SplitProcessName, env: Record<string, string> = {}): void {
    const upstreams = Object.fromEntries(
      SPLIT_MODULES.map((module) => [`${module.toUpperCase()}_URL`, `http://127.0.0.1:${this.ports[module]}`]),
    );
    const user = this.brokerUsers.get(name);
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        APP_MODULES: name,
        PORT: String(this.ports[name]),
        DATABASE_URL: name === 'gateway' ? '' : this.databases[name].url,
        EVENT_TRANSPORT: 'rabbitmq',
        RABBITMQ_URL: user ? brokerUrlAs(this.broker.url, user) : this.broker.url,
        ...(this.brokerUsers.size > 0 && { RABBITMQ_PUBLISHERS: publishersOf(this.brokerUsers) }),
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
