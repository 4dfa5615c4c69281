import { Injectable, Logger } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { Subscription } from 'rxjs';
import { ConsumerRegistry } from '../consumer/consumer-registry';
import { ReliableDelivery } from '../consumer/reliable-delivery';
import { EventRegistry } from '../event-registry';
import { EventEnvelope, IntegrationEvent } from '../integration-event';
import { EventTransport, TransportHealth } from '../transport/event-transport';

interface Pending {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Events travel on the `@nestjs/cqrs` EventBus inside this process. `publish` resolves when every
 * local consumer has applied the event (or parked it as a dead letter), so the relay marks a row
 * published only after its effects are durable; a crash before that republishes, and inboxes dedupe.
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
    for (const envelope of envelopes) {
      const event = this.registry.parse(envelope);
      await new Promise<void>((resolve, reject) => {
        this.pending.set(event, { resolve, reject });
        this.eventBus.publish(event);
      });
    }
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
