import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfirmChannel } from 'amqplib';
import { ChannelWrapper } from 'amqp-connection-manager';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { bindingsByModule } from '../../consumers/consumer-registration';
import { ConsumerRegistry } from '../../consumers/consumer-registry';
import { EventEnvelope } from '../../integration-event';
import { PublicEvent, toPublicEvent } from '../../envelope/public-form';
import { EventTransport, TransportHealth } from '../transport-adapter';
import { RabbitMqConnection, redactedUrl } from './rabbitmq-connection';
import { encodeEnvelope, publicPublishOptions, publishOptions } from './rabbitmq-message';
import { TopologySettings, declareEventsExchange, declareModuleTopology, topologySettings } from './rabbitmq-topology';

/** How long start-up waits for the broker before it fails with a clear message. */
const CONNECT_TIMEOUT_MS = 30000;

/**
 * Publishes events to the `<prefix>.events` topic exchange on a confirm channel, and the public form
 * of allow-listed types (see `public/public-events.ts`) to the `<prefix>.public` topic exchange. `publish` resolves
 * only when the broker confirmed every message, so the relay marks rows published only then; while
 * disconnected it rejects at once and the rows wait in the outbox for the relay's next poll.
 *
 * Unroutable messages (`mandatory` + basic.return) count as failures only for event types a module
 * hosted by this process consumes: their queues and bindings are declared by `start()` before the
 * relay runs and again on every reconnect, so a return there means the topology is broken and the
 * event must stay in the outbox. A type no hosted module consumes may legitimately have no queue yet
 * (nobody consumes it, or its consumer is deployed separately and has not started once); failing it
 * would block the relay forever, so it counts as published — the event store keeps it for replay.
 */
@Injectable()
export class RabbitMqTransport implements EventTransport {
  readonly name = 'rabbitmq';
  private readonly logger = new Logger(RabbitMqTransport.name);
  private readonly settings: TopologySettings;
  private readonly returned = new Set<string>();
  private expectedTypes = new Set<string>();
  private wrapper?: ChannelWrapper;
  private channel?: ConfirmChannel;
  /** Separate from the publisher: a failed `checkQueue` closes its channel. */
  private metricsChannel?: ChannelWrapper;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connection: RabbitMqConnection,
    private readonly consumers: ConsumerRegistry,
  ) {
    this.settings = topologySettings(config);
  }

  async start(): Promise<void> {
    const bindings = bindingsByModule(this.consumers.all());
    this.expectedTypes = new Set([...bindings.values()].flat());
    this.wrapper = this.connection.createChannel('publisher', async (channel) => {
      await declareEventsExchange(channel, this.settings.names);
      await channel.assertExchange(this.settings.names.publicExchange, 'topic', { durable: true });
      for (const [module, types] of bindings) await declareModuleTopology(channel, this.settings, module, types);
      channel.on('return', (message) => this.returned.add(message.properties.messageId));
      channel.on('close', () => {
        if (this.channel === channel) this.channel = undefined;
      });
      this.channel = channel;
    });
    await this.waitForChannel();
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    const channel = this.channel;
    if (!channel) throw new Error('RabbitMQ is not connected');
    await Promise.all(envelopes.map((envelope) => this.confirm(channel, envelope)));
    // Only after the whole batch is confirmed internally: a public event never goes out unless its
    // internal event did. A failure here fails the batch, so the relay resends both (at-least-once).
    const publicEvents = envelopes.map(toPublicEvent).filter((event) => event !== undefined);
    await Promise.all(publicEvents.map((event) => this.confirmPublic(channel, event)));
  }

  publishBestEffort(envelopes: readonly EventEnvelope[]): void {
    const channel = this.channel;
    if (!channel) return;
    try {
      for (const envelope of envelopes) {
        const options = { ...publishOptions(envelope), persistent: false, mandatory: false };
        channel.publish(this.settings.names.eventsExchange, envelope.type, encodeEnvelope(envelope), options);
      }
    } catch (error) {
      this.logger.warn(`best-effort delivery dropped: ${String(error)}`);
    }
  }

  health(): TransportHealth {
    if (this.channel && this.connection.isConnected()) return { up: true };
    return { up: false, detail: `not connected to RabbitMQ at ${redactedUrl(this.config.rabbitmq.url)}` };
  }

  async queueDepths(): Promise<ReadonlyMap<string, number>> {
    const { names, shards } = this.settings;
    const queues = [...bindingsByModule(this.consumers.all()).keys()].flatMap((module) => [
      ...names.shardQueues(module, shards),
      names.deadLetterQueue(module),
    ]);
    this.metricsChannel ??= this.connection.createChannel('metrics', async () => undefined);
    const depths = new Map<string, number>();
    for (const queue of queues) depths.set(queue, (await this.metricsChannel.checkQueue(queue)).messageCount);
    return depths;
  }

  async stop(): Promise<void> {
    const wrapper = this.wrapper;
    this.wrapper = undefined;
    this.channel = undefined;
    await this.metricsChannel?.close().catch(() => undefined);
    this.metricsChannel = undefined;
    await wrapper?.close().catch(() => undefined);
    await this.connection.close();
  }

  private confirm(channel: ConfirmChannel, envelope: EventEnvelope): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const id = envelope.eventId;
      // The broker sends basic.return before the confirm of the same message, so it is known here.
      channel.publish(
        this.settings.names.eventsExchange,
        envelope.type,
        encodeEnvelope(envelope),
        publishOptions(envelope),
        (error) => {
          const wasReturned = this.returned.delete(id);
          if (error)
            return reject(error instanceof Error ? error : new Error(`broker rejected ${id}: ${String(error)}`));
          if (wasReturned && this.expectedTypes.has(envelope.type)) {
            return reject(new Error(`${envelope.type} ${id} was unroutable although a hosted module consumes it`));
          }
          if (wasReturned) this.logger.debug(`${envelope.type} ${id} has no queue yet; kept in the event store only`);
          resolve();
        },
      );
    });
  }

  private confirmPublic(channel: ConfirmChannel, event: PublicEvent): Promise<void> {
    return new Promise<void>((resolve, reject) =>
      channel.publish(
        this.settings.names.publicExchange,
        event.type,
        Buffer.from(JSON.stringify(event), 'utf8'),
        publicPublishOptions(event),
        (error) => (error ? reject(new Error(`broker rejected public ${event.eventId}: ${String(error)}`)) : resolve()),
      ),
    );
  }

  private async waitForChannel(): Promise<void> {
    const deadline = Date.now() + CONNECT_TIMEOUT_MS;
    while (!this.channel) {
      if (Date.now() > deadline) {
        throw new Error(
          `RabbitMQ at ${redactedUrl(this.config.rabbitmq.url)} not ready after ${CONNECT_TIMEOUT_MS} ms`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
