import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfirmChannel } from 'amqplib';
import amqp, { AmqpConnectionManager, ChannelWrapper } from 'amqp-connection-manager';
import { readFileSync } from 'node:fs';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';

/** Broker errors surface as reconnects, not crashes; waiting one second keeps recovery quick. */
const RECONNECT_SECONDS = 1;

/** Failures that no amount of waiting fixes: the start-up stops at once and says why. */
const PERMANENT_FAILURES: Array<[RegExp, string]> = [
  [/ACCESS.REFUSED|403/i, 'refused the credentials in RABBITMQ_URL (ACCESS_REFUSED)'],
  [/ENOTFOUND|EAI_AGAIN/, 'host name in RABBITMQ_URL does not resolve'],
  [
    /certificate|self.signed|SSL|TLS|handshake/i,
    'refused the TLS connection (check RABBITMQ_CA_FILE, _CERT_FILE, _KEY_FILE)',
  ],
  [/NOT_ALLOWED|vhost/i, 'does not let this user into the virtual host in RABBITMQ_URL'],
];

/** Each URL of a comma list (a cluster's nodes), trimmed. */
const eachUrl = (urls: string) => urls.split(',').map((url) => url.trim());

/** For `amqps://` (any node of the list): the CA, client certificate and key files from the configuration, as socket options. */
export function tlsSocketOptions(url: string, tls: AppConfig['rabbitmq']['tls']): Record<string, Buffer[] | Buffer> {
  if (!eachUrl(url).some((node) => node.startsWith('amqps:'))) return {};
  return {
    ...(tls.caFile ? { ca: [readFileSync(tls.caFile)] } : {}),
    ...(tls.certFile ? { cert: readFileSync(tls.certFile) } : {}),
    ...(tls.keyFile ? { key: readFileSync(tls.keyFile) } : {}),
  };
}

/** The URL (or comma list of URLs) with every password masked, for logs and errors. */
export function redactedUrl(url: string): string {
  return eachUrl(url)
    .map((node) => {
      const parsed = new URL(node);
      if (parsed.password) parsed.password = '***';
      return parsed.toString();
    })
    .join(',');
}

/**
 * The process's one reconnecting broker connection, shared by the publisher and the consumers.
 * Channels are created with a setup function that amqp-connection-manager re-runs on every
 * reconnect, which re-declares topology and re-subscribes.
 */
@Injectable()
export class RabbitMqConnection {
  private readonly logger = new Logger(RabbitMqConnection.name);
  private manager?: AmqpConnectionManager;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The connection manager, created (and connecting in the background) on first use. */
  connection(): AmqpConnectionManager {
    this.manager ??= this.create();
    return this.manager;
  }

  createChannel(name: string, setup: (channel: ConfirmChannel) => Promise<void>): ChannelWrapper {
    const channel = this.connection().createChannel({ name, confirm: true, setup });
    channel.on('error', (error: Error) => this.logger.error(`RabbitMQ channel ${name} setup failed: ${error.message}`));
    return channel;
  }

  /**
   * Resolves once connected. Rejects with one line saying why when the broker refuses this process
   * for good (credentials, unknown host, TLS, virtual host), or when it stays unreachable for
   * `timeoutMs` (it may still be starting, so that case waits).
   */
  connected(timeoutMs: number): Promise<void> {
    const manager = this.connection();
    if (manager.isConnected()) return Promise.resolve();
    const where = redactedUrl(this.config.rabbitmq.url);
    return new Promise<void>((resolve, reject) => {
      let lastError = 'no answer';
      const done = (error?: Error) => {
        clearTimeout(timer);
        manager.off('connect', onConnect);
        manager.off('connectFailed', onFailed);
        if (error) reject(error);
        else resolve();
      };
      const onConnect = () => done();
      const onFailed = ({ err }: { err: Error }) => {
        lastError = err.message;
        const permanent = PERMANENT_FAILURES.find(([pattern]) => pattern.test(err.message));
        if (permanent) done(new Error(`RabbitMQ at ${where} ${permanent[1]}: ${err.message}`));
      };
      const timer = setTimeout(
        () => done(new Error(`RabbitMQ at ${where} is not reachable after ${timeoutMs} ms: ${lastError}`)),
        timeoutMs,
      );
      manager.on('connect', onConnect);
      manager.on('connectFailed', onFailed);
    });
  }

  isConnected(): boolean {
    return this.manager?.isConnected() ?? false;
  }

  async close(): Promise<void> {
    const manager = this.manager;
    this.manager = undefined;
    await manager?.close();
  }

  private create(): AmqpConnectionManager {
    const { url, urls, tls, heartbeatSeconds, namePrefix } = this.config.rabbitmq;
    // Several URLs are a cluster's nodes: each reconnect tries the next one, so a surviving node takes over.
    const manager = amqp.connect(urls, {
      heartbeatIntervalInSeconds: heartbeatSeconds,
      reconnectTimeInSeconds: RECONNECT_SECONDS,
      connectionOptions: {
        ...tlsSocketOptions(url, tls),
        // amqplib leaves Nagle on: a publish written while an ack is unacknowledged on the wire waits for
        // the broker's delayed ACK (40 ms on Linux), which was most of a RabbitMQ propagation's median.
        noDelay: true,
        clientProperties: { connection_name: `${namePrefix}:${this.config.modules.join('+')}:${process.pid}` },
      },
    });
    const where = redactedUrl(url);
    let everConnected = false;
    manager.on('connect', ({ url: node }) => {
      const at = redactedUrl(typeof node === 'string' ? node : where);
      // Start-up says where it listens and nothing more at info; a reconnect (to another node) is news.
      if (everConnected) this.logger.log(`reconnected to RabbitMQ at ${at}`);
      else this.logger.debug(`connected to RabbitMQ at ${at}`);
      everConnected = true;
    });
    manager.on('disconnect', ({ err }) => this.logger.warn(`disconnected from RabbitMQ: ${err?.message ?? 'closed'}`));
    // Before the first connection, `connected()` reports the outcome in one line; afterwards each failed reconnect is news.
    manager.on('connectFailed', ({ err }) => {
      if (everConnected) this.logger.warn(`cannot connect to RabbitMQ at ${where}: ${err.message}`);
    });
    manager.on('blocked', ({ reason }) => this.logger.warn(`RabbitMQ blocked publishing: ${reason}`));
    return manager;
  }
}
