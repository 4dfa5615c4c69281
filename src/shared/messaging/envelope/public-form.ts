import { EventEnvelope, PublicShape } from '../integration-event';

/**
 * An event as outside consumers see it on the public channel: identity, type, time and stream
 * position, and a payload reduced to the fields its contract declares public (`publicShape`). No
 * actor, correlation or causation id, so nothing ties it to a user or to the request that caused it.
 */
export interface PublicEvent {
  eventId: string;
  type: string;
  occurredAt: string;
  streamId: string;
  streamVersion: number;
  payload: Record<string, unknown>;
}

type Scalar = string | number | boolean | null;
const isScalar = (value: unknown): value is Scalar =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Copies exactly the fields `shape` names; a value of an unexpected kind is left out rather than copied whole. */
export function pickPublic(value: Record<string, unknown>, shape: PublicShape): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(shape)) {
    if (!Object.hasOwn(value, field)) continue;
    const item = value[field];
    if (rule === true) {
      if (isScalar(item)) result[field] = item;
      else if (Array.isArray(item) && item.every(isScalar)) result[field] = [...item];
    } else if (isRecord(item)) {
      result[field] = pickPublic(item, rule);
    }
  }
  return result;
}

/** The public form of an event whose contract declares `shape`, or undefined when it declares none. */
export function toPublicEvent(envelope: EventEnvelope, shape: PublicShape | undefined): PublicEvent | undefined {
  if (!shape || !isRecord(envelope.payload)) return undefined;
  const { eventId, type, occurredAt, streamId, streamVersion } = envelope;
  return { eventId, type, occurredAt, streamId, streamVersion, payload: pickPublic(envelope.payload, shape) };
}
