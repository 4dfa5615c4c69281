import { Inject, Injectable } from '@nestjs/common';
import { IntegrationEvent, IntegrationEventClass, PayloadOf } from '../integration-event';
import { currentMessageContext } from '../envelope/message-context';
import { EVENT_TRANSPORT, EventTransport } from '../transports/transport-adapter';
import { uuidV7 } from '../envelope/uuid-v7';

/**
 * Publishes telemetry events straight to the transport, bypassing the outbox: no database write,
 * at-most-once. Only for event classes declared `delivery = 'best-effort'`.
 */
@Injectable()
export class BestEffortPublisher {
  constructor(@Inject(EVENT_TRANSPORT) private readonly transport: EventTransport) {}

  publish<E extends IntegrationEvent>(
    eventClass: IntegrationEventClass<E>,
    events: readonly { streamId: string; payload: PayloadOf<E> }[],
  ): void {
    if (eventClass.delivery !== 'best-effort') {
      throw new Error(`${eventClass.type} is not a best-effort event; record it through UnitOfWork`);
    }
    const context = currentMessageContext();
    const occurredAt = new Date().toISOString();
    this.transport.publishBestEffort(
      events.map(({ streamId, payload }) => ({
        eventId: uuidV7(),
        type: eventClass.type,
        // Best-effort events belong to no ordered stream: each is version 1 of its own window.
        streamId,
        streamVersion: 1,
        occurredAt,
        correlationId: context.correlationId,
        causationId: null,
        actor: context.actor,
        payload,
      })),
    );
  }
}
