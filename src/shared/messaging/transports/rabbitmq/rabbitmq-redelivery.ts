import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfirmChannel } from 'amqplib';
import { ChannelWrapper } from 'amqp-connection-manager';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { DeadLetterRedelivery, RedeliveryUnavailableError } from '../../dead-letter/dead-letter-redelivery';
import { EventEnvelope, IntegrationEvent } from '../../integration-event';
import { RabbitMqConnection } from './rabbitmq-connection';
import { encodeEnvelope, publishOptions } from './rabbitmq-message';
import { RabbitMqNames } from './rabbitmq-names';

/** How long a redrive waits for the broker channel before it answers "unavailable". */
const CHANNEL_WAIT_MS = 5000;

/**
 * RabbitMQ redrive: publishes the stored envelope to the consumer's module exchange (consistent
 * hash on the stream id), so it reaches only that module's queues, on the shard of its stream, as a
 * first attempt with a fresh retry budget. The module's other consumers of that type already have it
 * in their inbox and skip it. The dead letter counts as redriven once the broker confirmed the publish;
 * the copy in `<prefix>.<module>.dlq` stays there as the broker-level archive.
 */
@Injectable()
export class RabbitMqRedelivery implements DeadLetterRedelivery, OnApplicationShutdown {
  private readonly names: RabbitMqNames;
  private readonly returned = new Set<string>();
  private wrapper?: ChannelWrapper;
  private channel?: ConfirmChannel;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly connection: RabbitMqConnection,
  ) {
    this.names = new RabbitMqNames(config.rabbitmq.namePrefix);
  }

  async redeliver(consumer: string, event: IntegrationEvent, handedOver: () => Promise<void>): Promise<void> {
    const module = consumer.split('.')[0];
    await this.publish(this.names.moduleExchange(module), event.envelope);
    await handedOver();
  }

  async onApplicationShutdown(): Promise<void> {
    const wrapper = this.wrapper;
    this.wrapper = undefined;
    this.channel = undefined;
    await wrapper?.close().catch(() => undefined);
  }

  private async publish(exchange: string, envelope: EventEnvelope): Promise<void> {
    const channel = await this.connectedChannel();
    await new Promise<void>((resolve, reject) =>
      // The hash exchange routes by the stream-id header; the routing key is not used.
      channel.publish(exchange, '', encodeEnvelope(envelope), publishOptions(envelope), (error) => {
        const wasReturned = this.returned.delete(envelope.eventId);
        if (error)
          reject(new RedeliveryUnavailableError(`${exchange} did not take ${envelope.eventId}: ${String(error)}`));
        else if (wasReturned) reject(new RedeliveryUnavailableError(`no queue is bound to ${exchange}`));
        else resolve();
      }),
    );
  }

  private async connectedChannel(): Promise<ConfirmChannel> {
    this.wrapper ??= this.connection.createChannel('redrive', async (channel) => {
      channel.on('return', (message) => this.returned.add(message.properties.messageId));
      channel.on('close', () => {
        if (this.channel === channel) this.channel = undefined;
      });
      this.channel = channel;
    });
    const deadline = Date.now() + CHANNEL_WAIT_MS;
    while (!this.channel) {
      if (Date.now() > deadline) throw new RedeliveryUnavailableError('RabbitMQ is not connected');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.channel;
  }
}
