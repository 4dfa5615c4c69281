import { Logger } from '@nestjs/common';
import { ConfirmChannel, ConsumeMessage, Options } from 'amqplib';
import { ChannelWrapper } from 'amqp-connection-manager';
import { TRACEPARENT, attachTraceParent } from '../../../observability/tracing/trace-parent';
import { ConsumerRegistration } from '../../consumers/consumer-registration';
import { InboxProcessor } from '../../delivery/inbox';
import { DeadLetterRepository } from '../../dead-letters/dead-letter.repository';
import { EventRegistry } from '../../envelope/event-registry';
import { IntegrationEvent } from '../../integration-event';
import { RetryPolicy } from '../../delivery/retry-policy';
import { RabbitMqConnection } from './rabbitmq-connection';
import {
  ATTEMPT_HEADER,
  ERROR_HEADER,
  attemptOf,
  copyOptions,
  encodeEnvelope,
  publishOptions,
} from './rabbitmq-message';
import { TopologySettings, declareModuleTopology } from './rabbitmq-topology';
import { StreamLanes } from '../../delivery/stream-lanes';

export interface ModuleConsumerDeps {
  connection: RabbitMqConnection;
  settings: TopologySettings;
  prefetch: number;
  policy: RetryPolicy;
  registry: EventRegistry;
  inbox: InboxProcessor;
  deadLetters: DeadLetterRepository;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Consumes one module's shard queues. Each message is validated, applied through the inbox for every
 * handler of that module, and acknowledged only after all of them committed. A failure moves the
 * message to a retry queue (its TTL is the backoff) with `x-attempt` + 1 and acks the original; the
 * last attempt, or a message that is not a valid event, is parked in `messaging.dead_letter` (for
 * the admin API) and in the module's DLQ (for broker-level redrive). Parking never blocks the queue.
 */
export class ModuleConsumer {
  private readonly logger: Logger;
  private readonly lanes = new StreamLanes();
  private wrapper?: ChannelWrapper;
  private subscription?: { channel: ConfirmChannel; tags: string[] };

  constructor(
    private readonly deps: ModuleConsumerDeps,
    readonly module: string,
    private readonly types: readonly string[],
    private readonly registrations: readonly ConsumerRegistration[],
  ) {
    this.logger = new Logger(`RabbitMqConsumer:${module}`);
  }

  async start(): Promise<void> {
    const { connection, settings, prefetch } = this.deps;
    this.wrapper = connection.createChannel(`consumer:${this.module}`, async (channel) => {
      await declareModuleTopology(channel, settings, this.module, this.types);
      await channel.prefetch(prefetch);
      const tags: string[] = [];
      for (const queue of settings.names.shardQueues(this.module, settings.shards)) {
        const { consumerTag } = await channel.consume(queue, (message) => message && this.receive(channel, message));
        tags.push(consumerTag);
      }
      this.subscription = { channel, tags };
    });
    await this.wrapper.waitForConnect();
  }

  /** Stops taking messages, lets the ones in hand finish (and be acked), then closes the channel. */
  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    for (const tag of subscription?.tags ?? []) await subscription!.channel.cancel(tag).catch(() => undefined);
    await this.lanes.idle();
    await this.wrapper?.close().catch(() => undefined);
  }

  private receive(channel: ConfirmChannel, message: ConsumeMessage): void {
    let event: IntegrationEvent;
    try {
      event = this.deps.registry.parse(JSON.parse(message.content.toString('utf8')));
    } catch (error) {
      void this.settle(channel, message, () => this.parkInvalid(channel, message, error));
      return;
    }
    attachTraceParent(event.envelope, message.properties.headers?.[TRACEPARENT]);
    this.lanes.run(event.envelope.streamId, () =>
      this.settle(channel, message, () => this.apply(channel, message, event)),
    );
  }

  private async apply(channel: ConfirmChannel, message: ConsumeMessage, event: IntegrationEvent): Promise<void> {
    const attempt = attemptOf(message);
    for (const registration of this.registrations) {
      if (registration.eventClass.type !== event.envelope.type) continue;
      try {
        await this.deps.inbox.process(registration, event);
      } catch (error) {
        await this.fail(channel, event, registration, error, attempt);
        return;
      }
    }
  }

  private async fail(
    channel: ConfirmChannel,
    event: IntegrationEvent,
    registration: ConsumerRegistration,
    error: unknown,
    attempt: number,
  ): Promise<void> {
    const { envelope } = event;
    const reason = messageOf(error);
    const { maxAttempts } = this.deps.policy;
    if (attempt < maxAttempts) {
      this.logger.warn(
        `${registration.consumer} failed on ${envelope.type} ${envelope.eventId} (attempt ${attempt}): ${reason}`,
      );
      this.deps.inbox.telemetry.retried(registration.consumer, envelope);
      const delayMs = this.deps.settings.retryDelaysMs[attempt - 1];
      const options = publishOptions(envelope, {
        [ATTEMPT_HEADER]: attempt + 1,
        [ERROR_HEADER]: reason.slice(0, 1000),
      });
      await this.send(channel, this.deps.settings.names.retryQueue(this.module, delayMs), event, options);
      return;
    }
    this.logger.error(
      `${registration.consumer} gave up on ${envelope.type} ${envelope.eventId} after ${attempt} attempts: ${reason}`,
    );
    await this.deps.deadLetters.park({ consumer: registration.consumer, envelope, error: reason, attempts: attempt });
    this.deps.inbox.telemetry.deadLettered(registration.consumer, envelope);
    const options = publishOptions(envelope, {
      [ATTEMPT_HEADER]: attempt,
      [ERROR_HEADER]: reason.slice(0, 1000),
      'x-consumer': registration.consumer,
    });
    await this.send(channel, this.deps.settings.names.deadLetterQueue(this.module), event, options);
  }

  private async parkInvalid(channel: ConfirmChannel, message: ConsumeMessage, error: unknown): Promise<void> {
    const reason = messageOf(error);
    const consumer = `${this.module}.invalid-message`;
    this.logger.error(`parking invalid message ${message.properties.messageId ?? '(no message id)'}: ${reason}`);
    const text = message.content.toString('utf8');
    let envelope: unknown;
    try {
      envelope = JSON.parse(text);
    } catch {
      envelope = text;
    }
    await this.deps.deadLetters.park({ consumer, envelope, error: reason, attempts: attemptOf(message) });
    const options = copyOptions(message, { [ERROR_HEADER]: reason.slice(0, 1000), 'x-consumer': consumer });
    await this.confirmSend(channel, this.deps.settings.names.deadLetterQueue(this.module), message.content, options);
  }

  private send(
    channel: ConfirmChannel,
    queue: string,
    event: IntegrationEvent,
    options: Options.Publish,
  ): Promise<void> {
    return this.confirmSend(channel, queue, encodeEnvelope(event.envelope), { ...options, mandatory: false });
  }

  private confirmSend(
    channel: ConfirmChannel,
    queue: string,
    content: Buffer,
    options: Options.Publish,
  ): Promise<void> {
    return new Promise((resolve, reject) =>
      channel.sendToQueue(queue, content, options, (error) =>
        error ? reject(new Error(`${queue}: ${String(error)}`)) : resolve(),
      ),
    );
  }

  /**
   * Acks after `work` (whose effects are durable by then); if `work` itself failed — the database or
   * the broker is unreachable — the message goes back to its queue and is redelivered later, where
   * the inbox skips what was already applied and the queue's delivery limit stops a crash loop.
   */
  private async settle(channel: ConfirmChannel, message: ConsumeMessage, work: () => Promise<void>): Promise<void> {
    try {
      await work();
      channel.ack(message);
    } catch (error) {
      this.logger.warn(`requeueing message ${message.properties.messageId ?? '(no message id)'}: ${messageOf(error)}`);
      try {
        channel.nack(message, false, true);
      } catch {
        // The channel is gone: the broker already requeued the message.
      }
    }
  }
}
