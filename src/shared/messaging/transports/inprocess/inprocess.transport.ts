import { Injectable, Logger } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { Subscription } from 'rxjs';
import { ConsumerRegistry } from '../../consumers/consumer-registry';
import { ReliableDelivery } from '../../consumer/reliable-delivery';
import { EventRegistry } from '../../envelope/event-registry';
import { EventEnvelope, IntegrationEvent } from '../../integration-event';
import { EventTransport, TransportHealth } from '../transport-adapter';

interface Pending {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Streams delivered at the same time: enough to overlap consumers' database round trips, few enough
 * to leave most of the connection pool to HTTP requests.
 */
const CONCURRENT_STREAMS = 8;

/**
 * Events travel on the `@nestjs/cqrs` EventBus inside this process. `publish` resolves when every
 * local consumer has applied the event (or parked it as a dead letter), so the relay marks a row
 * published only after its effects are durable; a crash before that republishes, and inboxes dedupe.
 * Events of one stream are delivered one after another in order; different streams concurrently, as
 * the broker's shards do, so one slow consumer does not hold up every other event.
 */
@Injectable()
export class InProcessTransport implements EventTransport {
  readonly name = 'inprocess';
  private readonly logger = new Logger(InProcessTransport.name);
  private readonly pending = new Map<IntegrationEvent, Pending>();
  private subscription?: Subscription;

  constructor(
    private readonly eventBus: EventBus,
    private readonly registry: EventRegistry,
    private readonly consumers: ConsumerRegistry,
    private readonly delivery: ReliableDelivery,
  ) {}

  async start(): Promise<void> {
    this.subscription = this.eventBus.subscribe((event) => {
      if (event instanceof IntegrationEvent) void this.dispatch(event);
    });
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    const streams = new Map<string, IntegrationEvent[]>();
    for (const envelope of envelopes) {
      const event = this.registry.parse(envelope);
      streams.set(envelope.streamId, [...(streams.get(envelope.streamId) ?? []), event]);
    }
    const waiting = [...streams.values()];
    const lane = async () => {
      for (let stream = waiting.shift(); stream; stream = waiting.shift()) {
        for (const event of stream) await this.deliver(event);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_STREAMS, waiting.length) }, lane));
  }

  publishBestEffort(envelopes: readonly EventEnvelope[]): void {
    this.publish(envelopes).catch((error) => this.logger.warn(`best-effort delivery dropped: ${String(error)}`));
  }

  health(): TransportHealth {
    return { up: this.subscription !== undefined && !this.subscription.closed };
  }

  async stop(): Promise<void> {
    this.subscription?.unsubscribe();
  }

  private deliver(event: IntegrationEvent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.set(event, { resolve, reject });
      this.eventBus.publish(event);
    });
  }

  private async dispatch(event: IntegrationEvent): Promise<void> {
    const pending = this.pending.get(event);
    this.pending.delete(event);
    try {
      const registrations = this.consumers.forType(event.envelope.type);
      await Promise.all(registrations.map((registration) => this.delivery.deliver(registration, event)));
      pending?.resolve();
    } catch (error) {
      pending?.reject(error);
    }
  }
}
