import { TestNats, createTestNats } from '../nats/test-nats';
import { TestBroker, createTestBroker } from '../rabbitmq/test-broker';

/**
 * One transport as the parameterised suites run it: the environment that selects it for an app, and
 * the broker resources it needs for a test file (a fresh RabbitMQ virtual host, or a NATS relay and
 * fresh prefixes), created in
 * `beforeAll` and dropped in `afterAll`.
 */
export interface TransportUnderTest {
  readonly name: 'inprocess' | 'rabbitmq' | 'nats';
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  /** Variables that put an app on this transport; each call names a fresh deployment on the broker. */
  env(): Record<string, string>;
  /** Closes every broker connection of this file's deployments, as a broker restart or a network cut would. */
  dropConnections?(): Promise<void>;
}

class InProcess implements TransportUnderTest {
  readonly name = 'inprocess';
  async setUp(): Promise<void> {}
  async tearDown(): Promise<void> {}
  env(): Record<string, string> {
    return { EVENT_TRANSPORT: 'inprocess' };
  }
}

class RabbitMq implements TransportUnderTest {
  readonly name = 'rabbitmq';
  private broker?: TestBroker;

  async setUp(): Promise<void> {
    this.broker = await createTestBroker();
  }

  async tearDown(): Promise<void> {
    await this.broker?.drop();
  }

  env(): Record<string, string> {
    const broker = this.requireBroker();
    return { EVENT_TRANSPORT: 'rabbitmq', RABBITMQ_URL: broker.url, RABBITMQ_PREFIX: broker.newPrefix() };
  }

  dropConnections(): Promise<void> {
    return this.requireBroker().closeConnections();
  }

  get url(): string {
    return this.requireBroker().url;
  }

  private requireBroker(): TestBroker {
    if (!this.broker) throw new Error('call setUp() (in beforeAll) before using the RabbitMQ transport');
    return this.broker;
  }
}

class Nats implements TransportUnderTest {
  readonly name = 'nats';
  private server?: TestNats;

  async setUp(): Promise<void> {
    this.server = await createTestNats();
  }

  async tearDown(): Promise<void> {
    await this.server?.drop();
  }

  env(): Record<string, string> {
    const server = this.requireServer();
    // A shorter ack wait than the default 30 s: what a cut or killed connection had in hand comes back sooner.
    return {
      EVENT_TRANSPORT: 'nats',
      NATS_URL: server.url,
      NATS_PREFIX: server.newPrefix(),
      NATS_ACK_WAIT_SECONDS: '10',
    };
  }

  dropConnections(): Promise<void> {
    return this.requireServer().closeConnections();
  }

  private requireServer(): TestNats {
    if (!this.server) throw new Error('call setUp() (in beforeAll) before using the NATS transport');
    return this.server;
  }
}

/** Every transport the parameterised suites prove the same guarantees on. */
export const TRANSPORTS_UNDER_TEST: readonly (() => TransportUnderTest)[] = [
  () => new InProcess(),
  () => new RabbitMq(),
  () => new Nats(),
];

/** `describe.each` rows: `[name, factory]`. */
export const transportCases = (): Array<[string, () => TransportUnderTest]> =>
  TRANSPORTS_UNDER_TEST.map((create) => [create().name, create]);
