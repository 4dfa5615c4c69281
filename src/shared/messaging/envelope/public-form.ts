import { EventEnvelope } from '../integration-event';

/**
 * An event as outside consumers see it on `<prefix>.public`: identity, type, time and stream
 * position, and a payload reduced to the fields its type allows. No actor, correlation or causation
 * id, so nothing ties it to a user or to the request that caused it.
 */
export interface PublicEvent {
  eventId: string;
  type: string;
  occurredAt: string;
  streamId: string;
  streamVersion: number;
  payload: Record<string, unknown>;
}

/**
 * The fields a public payload keeps: `true` copies a scalar (or an array of scalars), a nested
 * shape copies an object field by field. Anything not named here never leaves, so a field added to
 * a contract stays internal until someone adds it to this list on purpose.
 */
export interface PublicShape {
  readonly [field: string]: true | PublicShape;
}

const MONEY: PublicShape = { amount: true, currency: true };
const PRODUCT: PublicShape = { productId: true, sku: true, name: true, description: true, price: MONEY };
const AVAILABILITY: PublicShape = { productId: true, available: true };

/**
 * The allow-list: current wire types published on `<prefix>.public` and the payload fields each keeps.
 * Product facts, rating summaries and availability changes, about products only. Events about
 * customers' actions (reviews, individual ratings, reservations) never appear, since their payloads and
 * stream ids name users.
 */
export const PUBLIC_EVENT_SHAPES: Readonly<Record<string, PublicShape>> = {
  'catalog.product-created.v2': { ...PRODUCT, categories: true },
  'catalog.product-updated.v1': { ...PRODUCT, version: true },
  'catalog.product-deleted.v1': { productId: true, sku: true },
  'rating.product-rating-recalculated.v1': {
    productId: true,
    average: true,
    count: true,
    histogram: { 1: true, 2: true, 3: true, 4: true, 5: true },
  },
  'inventory.out-of-stock.v1': AVAILABILITY,
  'inventory.back-in-stock.v1': AVAILABILITY,
};

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

/** The public form of an internal event, or undefined when its type is not on the allow-list. */
export function toPublicEvent(envelope: EventEnvelope): PublicEvent | undefined {
  const shape = Object.hasOwn(PUBLIC_EVENT_SHAPES, envelope.type) ? PUBLIC_EVENT_SHAPES[envelope.type] : undefined;
  if (!shape || !isRecord(envelope.payload)) return undefined;
  const { eventId, type, occurredAt, streamId, streamVersion } = envelope;
  return { eventId, type, occurredAt, streamId, streamVersion, payload: pickPublic(envelope.payload, shape) };
}
