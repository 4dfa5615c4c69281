import { Inject, Injectable, Logger } from '@nestjs/common';
import { JetStreamClient, JetStreamManager, NatsConnection as Connection, connect } from 'nats';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';

/** Between tries while the server is unreachable at start-up, and between reconnects afterwards. */
const RECONNECT_WAIT_MS = 1000;

/** Failures that no amount of waiting fixes: the start-up stops at once and says why. */
const PERMANENT_FAILURES: Array<[RegExp, string]> = [
  [/AUTHORIZATION_VIOLATION|Authorization Violation|AUTHENTICATION/i, 'refused the credentials in NATS_URL'],
  [/ENOTFOUND|EAI_AGAIN/, 'host name in NATS_URL does not resolve'],
];

/** Where to connect and as whom: the servers without credentials, and the first credentials any URL carries. */
export function connectOptions(servers: readonly string[]): { servers: string[]; user?: string; pass?: string } {
  let user: string | undefined;
  let pass: string | undefined;
  const bare = servers.map((server) => {
    const parsed = new URL(server);
    if (parsed.username && user === undefined) {
      user = decodeURIComponent(parsed.username);
      pass = decodeURIComponent(parsed.password);
    }
    return `${parsed.hostname}:${parsed.port || 4222}`;
  });
  return { servers: bare, ...(user !== undefined ? { user, pass } : {}) };
}

/** The servers with passwords masked, for logs and errors. */
export function redactedServers(servers: readonly string[]): string {
  return servers
    .map((server) => {
      const parsed = new URL(server);
      if (parsed.password) parsed.password = '***';
      return parsed.toString().replace(/\/$/, '');
    })
    .join(',');
}

/**
 * The process's one NATS connection, shared by the publisher, the consumers and the leases. It
 * reconnects forever once it has connected; JetStream keeps every unsettled message meanwhile.
 */
@Injectable()
export class NatsConnection {
  private readonly logger = new Logger(NatsConnection.name);
  private connection?: Connection;
  private connected = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Connects, or rejects with one line saying why when the server refuses this process for good
   * (credentials, unknown host) or stays unreachable for `timeoutMs` (it may still be starting, so
   * that case waits).
   */
  async open(timeoutMs: number): Promise<Connection> {
    if (this.connection) return this.connection;
    const where = redactedServers(this.config.nats.servers);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        this.connection = await connect({
          ...connectOptions(this.config.nats.servers),
          name: `${this.config.nats.namePrefix}:${this.config.modules.join('+')}:${process.pid}`,
          maxReconnectAttempts: -1,
          reconnectTimeWait: RECONNECT_WAIT_MS,
          pingInterval: 5000,
        });
        break;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const permanent = PERMANENT_FAILURES.find(([pattern]) => pattern.test(`${message} ${codeOf(error)}`));
        if (permanent) throw new Error(`NATS at ${where} ${permanent[1]}: ${message}`);
        if (Date.now() + RECONNECT_WAIT_MS > deadline) {
          throw new Error(`NATS at ${where} is not reachable after ${timeoutMs} ms: ${message}`);
        }
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_WAIT_MS));
      }
    }
    this.connected = true;
    void this.watch(this.connection, where);
    return this.connection;
  }

  get nc(): Connection {
    if (!this.connection) throw new Error('NATS is not connected');
    return this.connection;
  }

  jetstream(): JetStreamClient {
    return this.nc.jetstream();
  }

  jetstreamManager(): Promise<JetStreamManager> {
    return this.nc.jetstreamManager();
  }

  isConnected(): boolean {
    return this.connected && this.connection !== undefined && !this.connection.isClosed();
  }

  /** Sends what is buffered (acknowledgements included) and disconnects. */
  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    this.connected = false;
    if (!connection || connection.isClosed()) return;
    await connection.flush().catch(() => undefined);
    await connection.close();
  }

  private async watch(connection: Connection, where: string): Promise<void> {
    for await (const status of connection.status()) {
      if (status.type === 'disconnect') {
        this.connected = false;
        this.logger.warn(`disconnected from NATS at ${where}`);
      } else if (status.type === 'reconnect') {
        this.connected = true;
        this.logger.log(`reconnected to NATS at ${where}`);
      } else if (status.type === 'error') {
        this.logger.warn(`NATS: ${String(status.data)}`);
      }
    }
  }
}

const codeOf = (error: unknown): string => String((error as { code?: unknown } | null)?.code ?? '');
