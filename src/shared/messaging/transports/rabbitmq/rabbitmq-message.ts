import { Message, Options } from 'amqplib';
import { traceHeaders } from '../../../observability/tracing/trace-parent';
import { EventEnvelope } from '../../integration-event';
import { PublicEvent } from '../../envelope/public-form';

/** Header the consistent-hash exchanges hash on: all events of a stream land in one shard queue. */
export const STREAM_HEADER = 'x-stream-id';
/** 1-based delivery attempt of a message that came back from a retry queue. */
export const ATTEMPT_HEADER = 'x-attempt';
export const ERROR_HEADER = 'x-error';

export function encodeEnvelope(envelope: EventEnvelope): Buffer {
  return Buffer.from(JSON.stringify(envelope), 'utf8');
}

/**
 * AMQP properties of an event: persistent, identified by its event id, routed and hashed by type and
 * stream, and signed with the publishing broker user (`user_id`, which RabbitMQ verifies against the
 * connection's user) so consumers can tell who published it.
 */
export function publishOptions(
  envelope: EventEnvelope,
  userId: string,
  headers: Record<string, unknown> = {},
): Options.Publish {
  return {
    persistent: true,
    mandatory: true,
    userId,
    messageId: envelope.eventId,
    type: envelope.type,
    contentType: 'application/json',
    correlationId: envelope.correlationId,
    timestamp: Math.floor(Date.parse(envelope.occurredAt) / 1000) || undefined,
    headers: {
      correlationId: envelope.correlationId,
      ...(envelope.causationId ? { causationId: envelope.causationId } : {}),
      [STREAM_HEADER]: envelope.streamId,
      // W3C trace context, so the consumer's span continues the publisher's trace across processes.
      ...traceHeaders(envelope),
      ...headers,
    },
  };
}

/**
 * AMQP properties of a public event: persistent, identified by its event id (outside consumers
 * dedupe on it), and deliberately without headers, so no correlation id or trace context leaves.
 * Not mandatory: an exchange nobody outside has bound to yet simply drops it.
 */
export function publicPublishOptions(event: PublicEvent, userId: string): Options.Publish {
  return {
    persistent: true,
    mandatory: false,
    userId,
    messageId: event.eventId,
    type: event.type,
    contentType: 'application/json',
    timestamp: Math.floor(Date.parse(event.occurredAt) / 1000) || undefined,
  };
}

/**
 * Options to re-send a message that may not parse (a poison message going to the DLQ): its own
 * properties, minus the broker's dead-lettering history, plus `headers`, sent as `userId` (the broker
 * refuses another user's id); who published the original stays in `x-original-user-id`.
 */
export function copyOptions(message: Message, userId: string, headers: Record<string, unknown>): Options.Publish {
  const original = Object.entries(message.properties.headers ?? {}).filter(
    ([name]) => !/^x-(first-|last-)?death/.test(name),
  );
  const { contentType, contentEncoding, correlationId, messageId, timestamp, type, appId } = message.properties;
  const publisher = message.properties.userId as string | undefined;
  return {
    persistent: true,
    userId,
    contentType,
    contentEncoding,
    correlationId,
    messageId,
    timestamp,
    type,
    appId,
    headers: {
      ...Object.fromEntries(original),
      ...(publisher !== undefined && { 'x-original-user-id': publisher }),
      ...headers,
    },
  };
}

export function attemptOf(message: Message): number {
  const attempt = Number(message.properties.headers?.[ATTEMPT_HEADER]);
  return Number.isInteger(attempt) && attempt > 0 ? attempt : 1;
}
