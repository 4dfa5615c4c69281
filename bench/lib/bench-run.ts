import { BenchBroker, createBenchBroker } from './broker';
import { BenchDatabase } from './database';
import { BenchNats, createBenchNats } from './nats';
import { ServerProcess } from './processes';
import { Progress } from './progress';
import { BENCH_JWT_SECRET } from './tokens';

export const SCENARIOS = [
  'read',
  'write',
  'propagation',
  'sustained',
  'split',
  'relay',
  'search',
  'replay',
  'startup',
  'reservation',
  'analytics',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** Everything the scenario groups share within one run. */
export class BenchRun {
  readonly durationS = Number(process.env.BENCH_DURATION_S ?? 10);
  readonly warmupS = Number(process.env.BENCH_WARMUP_S ?? 3);
  private readonly servers = new Set<ServerProcess>();

  private brokerStarting?: Promise<BenchBroker>;
  private natsStarting?: Promise<BenchNats>;

  constructor(
    readonly db: BenchDatabase,
    readonly progress: Progress,
    readonly only: ReadonlySet<ScenarioName>,
  ) {}

  /** The run's broker virtual host, created on first use: runs without RabbitMQ scenarios never touch the broker. */
  broker(): Promise<BenchBroker> {
    this.brokerStarting ??= createBenchBroker();
    return this.brokerStarting;
  }

  /** The run's NATS prefix, on first use. */
  nats(): Promise<BenchNats> {
    this.natsStarting ??= createBenchNats();
    return this.natsStarting;
  }

  /** Drops the virtual host and the NATS streams, if they were created. */
  async dropBroker(): Promise<void> {
    const broker = await this.brokerStarting?.catch(() => undefined);
    await broker?.drop();
    const nats = await this.natsStarting?.catch(() => undefined);
    await nats?.drop();
  }

  wants(...names: ScenarioName[]): boolean {
    return names.some((name) => this.only.has(name));
  }

  /** The app (`dist/bench/src/main.js`) on the run's database, with rate limiting off and quiet logs. */
  async startApp(transport: 'inprocess' | 'rabbitmq' | 'nats'): Promise<ServerProcess> {
    const broker = transport === 'rabbitmq' ? await this.broker() : undefined;
    const nats = transport === 'nats' ? await this.nats() : undefined;
    return this.startServer(`app-${transport}`, {
      DATABASE_URL: this.db.url,
      JWT_SECRET: BENCH_JWT_SECRET,
      EVENT_TRANSPORT: transport,
      ...(broker && { RABBITMQ_URL: broker.url, RABBITMQ_PREFIX: broker.prefix }),
      ...(nats && { NATS_URL: nats.url, NATS_PREFIX: nats.prefix }),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
    });
  }

  /** A process of the app's build with `env`, ready once `/health/ready` answers; stopped with the run. */
  startServer(name: string, env: Record<string, string>): Promise<ServerProcess> {
    return this.track(ServerProcess.start(name, 'src/main.js', env, '/health/ready'));
  }

  startBaseline(name: 'bare-fastify-pg' | 'nest-express-typeorm'): Promise<ServerProcess> {
    return this.track(
      ServerProcess.start(
        name,
        `bench/baselines/${name}/server.js`,
        { DATABASE_URL: this.db.url, JWT_SECRET: BENCH_JWT_SECRET },
        '/health',
      ),
    );
  }

  /** Stops `server`, or every server still running. */
  async stop(server?: ServerProcess): Promise<void> {
    const servers = server ? [server] : [...this.servers];
    for (const each of servers) {
      await each.stop();
      this.servers.delete(each);
    }
  }

  /** Lets consumers finish what the previous phase left them before the next phase measures anything. */
  async settle(server: ServerProcess): Promise<void> {
    if (!(await server.waitUntilIdle()))
      this.progress.note(`${server.name} was still busy after 60 s; measuring anyway`);
  }

  /** Events nobody will measure any more (a write burst's) must not load the phases after it. */
  async discardUnpublishedEvents(): Promise<void> {
    await this.db.query(`UPDATE messaging.event_store SET published_at = now() WHERE published_at IS NULL`);
  }

  private async track(starting: Promise<ServerProcess>): Promise<ServerProcess> {
    const server = await starting;
    this.servers.add(server);
    return server;
  }
}
