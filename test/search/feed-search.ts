import { ConsumerRegistry } from '../../src/shared/messaging/consumers/consumer-registry';
import { Inbox, InboxOutcome } from '../../src/shared/messaging/delivery/inbox';
import { EventRegistry } from '../../src/shared/messaging/envelope/event-registry';
import { IntegrationEventClass, PayloadOf } from '../../src/shared/messaging/integration-event';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { TestApp } from '../support/test-app';

export interface FedEvent<P> {
  streamId: string;
  streamVersion: number;
  payload: P;
  /** Reuse to simulate a redelivery of the same event. */
  eventId?: string;
  occurredAt?: string;
}

/**
 * Delivers a hand-built event straight to the search module's consumers, bypassing the event store,
 * so a test decides the exact order (and repetition) in which search sees events.
 */
export function searchFeeder(app: TestApp) {
  const registry = app.running.app.get(EventRegistry);
  const consumers = app.running.app.get(ConsumerRegistry);
  const inbox = app.running.app.get(Inbox);
  return async function feed<E extends IntegrationEventClass>(
    eventClass: E,
    event: FedEvent<PayloadOf<InstanceType<E>>>,
  ): Promise<InboxOutcome[]> {
    const parsed = registry.parse({
      eventId: event.eventId ?? uuidV7(),
      type: eventClass.type,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      occurredAt: event.occurredAt ?? new Date().toISOString(),
      correlationId: uuidV7(),
      causationId: null,
      actor: 'system',
      payload: event.payload,
    });
    // Superseded versions arrive upcast: route by the type the registry turned the event into.
    const registrations = consumers.of('search', parsed.envelope.type);
    if (registrations.length === 0) throw new Error(`search does not consume ${eventClass.type}`);
    return Promise.all(registrations.map((registration) => inbox.apply(registration, parsed)));
  };
}
