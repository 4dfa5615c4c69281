import { Inject, Injectable } from '@nestjs/common';
import {
  activeTraceParent,
  attachTraceParent,
  traceParentForCorrelation,
} from '../../observability/tracing/trace-parent';
import { createEnvelope } from '../envelope/envelope.factory';
import { currentMessageContext } from '../envelope/message-context';
import { IntegrationEvent, IntegrationEventClass, PayloadOf } from '../integration-event';
import { TRANSPORT_ADAPTER, TransportAdapter } from '../transports/transport-adapter';

/**
 * Publishes telemetry events straight to the transport, bypassing the outbox: no database write,
 * at-most-once. Only for event classes declared `delivery = 'best-effort'`.
 */
@Injectable()
export class BestEffortPublisher {
  constructor(@Inject(TRANSPORT_ADAPTER) private readonly transport: TransportAdapter) {}

  publish<E extends IntegrationEvent>(
    eventClass: IntegrationEventClass<E>,
    events: readonly { streamId: string; payload: PayloadOf<E> }[],
  ): void {
    if (eventClass.delivery !== 'best-effort') {
      throw new Error(`${eventClass.type} is not a best-effort event; record it through UnitOfWork`);
    }
    // Caused by no earlier event, whatever context the flush runs in.
    const context = { ...currentMessageContext(), causationId: null };
    const occurredAt = new Date().toISOString();
    const traceParent = activeTraceParent() ?? traceParentForCorrelation(context.correlationId);
    // Best-effort events belong to no ordered stream: each is version 1 of its own window.
    const envelopes = events.map(({ streamId, payload }) =>
      createEnvelope(eventClass.type, { streamId, streamVersion: 1, payload }, context, occurredAt),
    );
    envelopes.forEach((envelope) => attachTraceParent(envelope, traceParent));
    this.transport.publishBestEffort(envelopes);
  }
}
