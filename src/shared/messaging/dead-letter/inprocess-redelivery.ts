import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DomainError } from '../../domain/domain-error';
import { ConsumerRegistry } from '../consumers/consumer-registry';
import { ReliableDelivery } from '../consumer/reliable-delivery';
import { IntegrationEvent } from '../integration-event';
import { StreamLanes } from '../delivery/stream-lanes';
import { DeadLetterRedelivery } from './dead-letter-redelivery';

/**
 * In-process redrive: delivers the event again to that one consumer, with the usual retries, in the
 * background. The dead letter counts as redriven once the consumer applied it or, failing again,
 * parked it as a new dead letter. Per consumer one at a time, so a bulk redrive applies in parking order.
 */
@Injectable()
export class InProcessRedelivery implements DeadLetterRedelivery, OnApplicationShutdown {
  private readonly logger = new Logger(InProcessRedelivery.name);
  private readonly lanes = new StreamLanes();
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly consumers: ConsumerRegistry,
    private readonly delivery: ReliableDelivery,
  ) {}

  async redeliver(consumer: string, event: IntegrationEvent, handedOver: () => Promise<void>): Promise<void> {
    const { type, eventId } = event.envelope;
    const registration = this.consumers
      .all()
      .find((candidate) => candidate.consumer === consumer && candidate.eventClass.type === type);
    if (!registration) {
      throw new DomainError(
        'conflict',
        `${consumer} does not handle ${type} in this process`,
        'dead-letter.no-consumer',
      );
    }
    const key = `${consumer}|${eventId}`;
    // Already on its way back: accepting it twice would only deliver a duplicate.
    if (this.inFlight.has(key)) return;
    this.inFlight.add(key);
    this.lanes.run(consumer, async () => {
      try {
        await this.delivery.deliver(registration, event);
        await handedOver();
      } catch (error) {
        this.logger.error(`redrive of ${type} ${eventId} to ${consumer} failed, it stays pending: ${String(error)}`);
      } finally {
        this.inFlight.delete(key);
      }
    });
  }

  /** Lets accepted redrives finish before the database closes. */
  async onApplicationShutdown(): Promise<void> {
    await this.lanes.idle();
  }
}
