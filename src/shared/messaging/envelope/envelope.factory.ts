import { EventEnvelope } from '../integration-event';
import { MessageContext } from './message-context';
import { uuidV7 } from './uuid-v7';

/** What a command or event handler records: the stream it belongs to, its version there, and the payload. */
export interface RecordedEvent<P> {
  streamId: string;
  streamVersion: number;
  payload: P;
}

/**
 * The one way an envelope is made: a new UUID v7, the time, and who and what caused it (correlation,
 * causation, actor) from the message context the work runs in.
 */
export function createEnvelope<P>(
  type: string,
  event: RecordedEvent<P>,
  context: MessageContext,
  occurredAt: string = new Date().toISOString(),
): EventEnvelope<P> {
  return {
    eventId: uuidV7(),
    type,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    occurredAt,
    correlationId: context.correlationId,
    causationId: context.causationId,
    actor: context.actor,
    payload: event.payload,
  };
}
