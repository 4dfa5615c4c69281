import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfirmChannel } from 'amqplib';
import { ChannelWrapper } from 'amqp-connection-manager';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { EventRegistry } from '../../envelope/event-registry';
import { toPublicEvent } from '../../envelope/public-form';
import { EventEnvelope } from '../../integration-event';
import {
  Deliver,
  RedeliveryUnavailableError,
  Subscription,
  TransportAdapter,
  TransportHealth,
} from '../transport-adapter';
import { RabbitMqConnection, redactedUrl } from './rabbitmq-connection';
import { RabbitMqIncoming, confirmedPublish } from './rabbitmq-incoming';
import { encodeEnvelope, publicPublishOptions, publishOptions } from './rabbitmq-message';
import { TopologySettings, declareEventsExchange, declareModuleTopology, topologySettings } from './rabbitmq-topology';

/** How long start-up waits for the broker before it fails with a clear message. */
const CONNECT_TIMEOUT_MS = 30000;
/** How long a redrive waits for the publishing channel before it answers "unavailable". */
const REDRIVE_WAIT_MS = 5000;

interface ModuleConsumer {
  module: string;
  wrapper: ChannelWrapper;
  channel?: ConfirmChannel;
  tags: string[];
}

/** The broker user a URL connects as (RabbitMQ's default user when it names none). */
function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username) || 'guest';
}

/**
 * RabbitMQ under the delivery pipeline. Publishing: events go to the `<prefix>.events` topic exchange
 * (routing key = type) on a confirm channel, signed with the broker user, and the public form of
 * events whose contract declares one to `<prefix>.public`; `publish` resolves only once the broker
 * confirmed every message. Consuming: per hosted module a channel consumes its single-active-consumer
 * shard queues (a consistent-hash exchange puts a stream on one shard) and hands each delivery to the
 * pipeline as a `RabbitMqIncoming`. Topology is declared on every (re)connect by whoever needs it.
 *
 * Unroutable messages (`mandatory` + basic.return) fail a publish only for types a hosted module
 * consumes: their queues are declared before the relay runs, so a return means broken topology and the
 * event must stay in the outbox. A type no hosted module consumes may legitimately have no queue yet
 * (its consumer is deployed separately and has not started once); failing it would block the relay
 * forever, so it counts as published — the event store keeps it for replay.
 */
@Injectable()
export class RabbitMqAdapter implements TransportAdapter {
  readonly name = 'rabbitmq';
  private readonly logger = new Logger('RabbitMq');
  private readonly settings: TopologySettings;
  private readonly user: string;
  private readonly returned = new Set<string>();
  private expectedTypes = new Set<string>();
  private publisher?: ChannelWrapper;
  private channel?: ConfirmChannel;
  private consumers: ModuleConsumer[] = [];
  /** Separate from the publisher: a failed `checkQueue` closes its channel. */
  private metricsChannel?: ChannelWrapper;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connection: RabbitMqConnection,
    private readonly registry: EventRegistry,
  ) {
    this.settings = topologySettings(config);
    this.user = userOf(config.rabbitmq.urls[0]);
  }

  async start(subscriptions: readonly Subscription[]): Promise<void> {
    this.expectedTypes = new Set(subscriptions.flatMap(({ types }) => types));
    await this.connection.connected(CONNECT_TIMEOUT_MS);
    this.publisher = this.connection.createChannel('publisher', async (channel) => {
      await declareEventsExchange(channel, this.settings.names);
      await channel.assertExchange(this.settings.names.publicExchange, 'topic', { durable: true });
      for (const { module, types } of subscriptions) await declareModuleTopology(channel, this.settings, module, types);
      channel.on('return', (message) => this.returned.add(message.properties.messageId));
      channel.on('close', () => {
        if (this.channel === channel) this.channel = undefined;
      });
      this.channel = channel;
    });
    await this.waitForChannel(CONNECT_TIMEOUT_MS);
  }

  async listen(subscriptions: readonly Subscription[], deliver: Deliver): Promise<void> {
    const { names, shards } = this.settings;
    for (const { module, types } of subscriptions) {
      const consumer: ModuleConsumer = { module, tags: [], wrapper: undefined as unknown as ChannelWrapper };
      consumer.wrapper = this.connection.createChannel(`consumer:${module}`, async (channel) => {
        await declareModuleTopology(channel, this.settings, module, types);
        await channel.prefetch(this.config.rabbitmq.prefetch);
        consumer.channel = channel;
        consumer.tags = [];
        for (const queue of names.shardQueues(module, shards)) {
          const { consumerTag } = await channel.consume(queue, (message) => {
            if (message) deliver(module, new RabbitMqIncoming(channel, message, module, names, this.user));
          });
          consumer.tags.push(consumerTag);
        }
      });
      await consumer.wrapper.waitForConnect();
      this.consumers.push(consumer);
      this.logger.debug(`consuming ${module}: ${types.join(', ')}`);
    }
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    const channel = this.channel;
    if (!channel) throw new Error('RabbitMQ is not connected');
    await Promise.all(envelopes.map((envelope) => this.confirm(channel, envelope)));
    // Only after the whole batch is confirmed internally: a public event never goes out unless its
    // internal event did. A failure here fails the batch, so the relay resends both (at-least-once).
    const { publicExchange } = this.settings.names;
    const publicEvents = envelopes
      .map((envelope) => toPublicEvent(envelope, this.registry.publicShapeOf(envelope.type)))
      .filter((event) => event !== undefined);
    await Promise.all(
      publicEvents.map((event) =>
        confirmedPublish(
          channel,
          publicExchange,
          event.type,
          Buffer.from(JSON.stringify(event), 'utf8'),
          publicPublishOptions(event, this.user),
        ),
      ),
    );
  }

  publishBestEffort(envelopes: readonly EventEnvelope[]): void {
    const channel = this.channel;
    if (!channel) return;
    try {
      for (const envelope of envelopes) {
        const options = { ...publishOptions(envelope, this.user), persistent: false, mandatory: false };
        channel.publish(this.settings.names.eventsExchange, envelope.type, encodeEnvelope(envelope), options);
      }
    } catch (error) {
      this.logger.warn(`best-effort delivery dropped: ${String(error)}`);
    }
  }

  /**
   * Publishes the envelope to the module's hash exchange, so it reaches only that module's queues, on
   * the shard of its stream, as a first attempt with a fresh retry budget; resolves once confirmed.
   */
  async redeliver(module: string, envelope: EventEnvelope): Promise<void> {
    const channel = await this.waitForChannel(REDRIVE_WAIT_MS).catch(() => {
      throw new RedeliveryUnavailableError('RabbitMQ is not connected');
    });
    const exchange = this.settings.names.moduleExchange(module);
    await new Promise<void>((resolve, reject) =>
      // The hash exchange routes by the stream-id header; the routing key is not used.
      channel.publish(exchange, '', encodeEnvelope(envelope), publishOptions(envelope, this.user), (error) => {
        const wasReturned = this.returned.delete(envelope.eventId);
        if (error)
          reject(new RedeliveryUnavailableError(`${exchange} did not take ${envelope.eventId}: ${String(error)}`));
        else if (wasReturned) reject(new RedeliveryUnavailableError(`no queue is bound to ${exchange}`));
        else resolve();
      }),
    );
  }

  trustedPublishers(owner: string): readonly string[] {
    const ownerUser = this.config.rabbitmq.publishers[owner] ?? this.user;
    return ownerUser === this.user ? [this.user] : [ownerUser, this.user];
  }

  health(): TransportHealth {
    if (this.channel && this.connection.isConnected()) return { up: true };
    return { up: false, detail: `not connected to RabbitMQ at ${redactedUrl(this.config.rabbitmq.url)}` };
  }

  async queueDepths(): Promise<ReadonlyMap<string, number>> {
    const { names, shards } = this.settings;
    const queues = this.consumers.flatMap(({ module }) => [
      ...names.shardQueues(module, shards),
      names.deadLetterQueue(module),
    ]);
    this.metricsChannel ??= this.connection.createChannel('metrics', async () => undefined);
    const depths = new Map<string, number>();
    for (const queue of queues) depths.set(queue, (await this.metricsChannel.checkQueue(queue)).messageCount);
    return depths;
  }

  /** Stops consuming; deliveries in hand are settled by the pipeline while the channels stay open. */
  async close(): Promise<void> {
    for (const consumer of this.consumers) {
      for (const tag of consumer.tags) await consumer.channel?.cancel(tag).catch(() => undefined);
      consumer.tags = [];
    }
  }

  async stop(): Promise<void> {
    const consumers = this.consumers;
    this.consumers = [];
    await Promise.all(consumers.map(({ wrapper }) => wrapper.close().catch(() => undefined)));
    const publisher = this.publisher;
    this.publisher = undefined;
    this.channel = undefined;
    await this.metricsChannel?.close().catch(() => undefined);
    this.metricsChannel = undefined;
    await publisher?.close().catch(() => undefined);
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
        publishOptions(envelope, this.user),
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

  private async waitForChannel(timeoutMs: number): Promise<ConfirmChannel> {
    const deadline = Date.now() + timeoutMs;
    while (!this.channel) {
      if (Date.now() > deadline) {
        throw new Error(`RabbitMQ at ${redactedUrl(this.config.rabbitmq.url)} not ready after ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.channel;
  }
}
