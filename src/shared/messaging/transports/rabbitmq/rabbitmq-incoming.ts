import { ConfirmChannel, ConsumeMessage, Options } from 'amqplib';
import { TRACEPARENT } from '../../../observability/tracing/trace-parent';
import { IncomingMessage } from '../../delivery/incoming-message';
import { ATTEMPT_HEADER, ERROR_HEADER, attemptOf, copyOptions } from './rabbitmq-message';
import { RabbitMqNames } from './rabbitmq-names';

/** Publishes on a confirm channel and resolves when the broker confirmed it. */
export function confirmedPublish(
  channel: ConfirmChannel,
  exchange: string,
  routingKey: string,
  content: Buffer,
  options: Options.Publish,
): Promise<void> {
  return new Promise((resolve, reject) =>
    channel.publish(exchange, routingKey, content, options, (error) =>
      error ? reject(new Error(`${exchange}: ${String(error)}`)) : resolve(),
    ),
  );
}

const headerText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  return Buffer.isBuffer(value) ? value.toString('utf8') : undefined;
};

/**
 * One AMQP delivery from a module's shard queue, settled the way the pipeline decides: ack; retry by
 * sending a copy with `x-attempt + 1` through the module's retry exchange to the queue whose TTL is the
 * delay (it expires back into the module's hash exchange, so onto the same shard), then ack; or file a
 * copy in the module's DLQ, then ack. Every copy is confirmed before the original is acked, so a crash
 * in between duplicates a message (which the inbox absorbs) but never loses one.
 */
export class RabbitMqIncoming implements IncomingMessage {
  readonly body: Buffer;
  readonly attempt: number;
  readonly publisher?: string;
  readonly traceParent?: string;

  constructor(
    private readonly channel: ConfirmChannel,
    private readonly message: ConsumeMessage,
    private readonly module: string,
    private readonly names: RabbitMqNames,
    private readonly user: string,
  ) {
    this.body = message.content;
    this.attempt = attemptOf(message);
    this.publisher = message.properties.userId as string | undefined;
    this.traceParent = headerText(message.properties.headers?.[TRACEPARENT]);
  }

  async ack(): Promise<void> {
    this.channel.ack(this.message);
  }

  async retry(delayMs: number, reason: string): Promise<void> {
    const queue = this.names.retryQueue(this.module, delayMs);
    await this.copyTo(this.names.retryExchange(this.module), queue, {
      [ATTEMPT_HEADER]: this.attempt + 1,
      [ERROR_HEADER]: reason.slice(0, 1000),
    });
    this.channel.ack(this.message);
  }

  async deadLettered(reason: string): Promise<void> {
    const queue = this.names.deadLetterQueue(this.module);
    await this.copyTo(this.names.deadLetterExchange(this.module), queue, {
      [ATTEMPT_HEADER]: this.attempt,
      [ERROR_HEADER]: reason.slice(0, 1000),
    });
    this.channel.ack(this.message);
  }

  release(): void {
    try {
      this.channel.nack(this.message, false, true);
    } catch {
      // The channel is gone: the broker already requeued the message.
    }
  }

  private copyTo(exchange: string, routingKey: string, headers: Record<string, unknown>): Promise<void> {
    const options = { ...copyOptions(this.message, this.user, headers), mandatory: false };
    return confirmedPublish(this.channel, exchange, routingKey, this.message.content, options);
  }
}
