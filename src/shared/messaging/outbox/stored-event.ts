import { EventEnvelope } from '../integration-event';

/** An envelope as stored in `messaging.event_store`, with its global position. */
export interface StoredEvent extends EventEnvelope<Record<string, unknown>> {
  position: string;
  module: string;
  publishedAt: string | null;
}

/** A stored event waiting for the relay, with the W3C `traceparent` it was recorded in (null without tracing). */
export interface UnpublishedEvent extends StoredEvent {
  traceParent: string | null;
}

export interface EventStoreRow {
  position: string;
  event_id: string;
  type: string;
  module: string;
  stream_id: string;
  stream_version: number;
  occurred_at: Date | string;
  correlation_id: string;
  causation_id: string | null;
  actor: string;
  payload: Record<string, unknown>;
  published_at: Date | string | null;
}

const iso = (value: Date | string): string =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();

export function toStoredEvent(row: EventStoreRow): StoredEvent {
  return {
    position: String(row.position),
    eventId: row.event_id,
    type: row.type,
    module: row.module,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    occurredAt: iso(row.occurred_at),
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    actor: row.actor,
    payload: row.payload,
    publishedAt: row.published_at === null ? null : iso(row.published_at),
  };
}

/** Strips storage columns: what goes on the wire is exactly the envelope. */
export function toEnvelope(event: StoredEvent): EventEnvelope<Record<string, unknown>> {
  const { eventId, type, streamId, streamVersion, occurredAt, correlationId, causationId, actor, payload } = event;
  return { eventId, type, streamId, streamVersion, occurredAt, correlationId, causationId, actor, payload };
}
