/**
 * The integration-event base: the only thing a module's `contracts/` may import. It depends on
 * nothing but TypeBox, re-exported here, so a module's contracts can become a package of their own.
 *
 * A payload is declared once, as a TypeBox schema: its TypeScript type is `Static<typeof schema>`,
 * the same schema validates consumed payloads at run time and is the payload schema of the AsyncAPI
 * document.
 */
import type { TSchema } from '@sinclair/typebox';

export { Type } from '@sinclair/typebox';
export type { Static, TSchema } from '@sinclair/typebox';

/** How a type of event is delivered: through the outbox (default) or fire-and-forget telemetry. */
export type DeliveryGuarantee = 'effectively-once' | 'best-effort';

/** The wire form of every integration event. */
export interface EventEnvelope<P = unknown> {
  /** UUID v7, unique across the whole event store. */
  eventId: string;
  /** `<module>.<event-name>.v<N>`, e.g. `reviews.review-added.v1`. */
  type: string;
  /** The aggregate the event belongs to, e.g. `catalog.product:<uuid>`. */
  streamId: string;
  /** 1-based position of the event in its stream. */
  streamVersion: number;
  /** ISO-8601 timestamp. */
  occurredAt: string;
  correlationId: string;
  causationId: string | null;
  /** User id that caused the event, or `system`. */
  actor: string;
  payload: P;
}

/**
 * The payload fields an event shows outside the platform: `true` copies a scalar (or an array of
 * scalars), a nested shape copies an object field by field. A field not named here never leaves, so a
 * field added to a contract stays internal until its module adds it here on purpose.
 */
export interface PublicShape {
  readonly [field: string]: true | PublicShape;
}

/**
 * What an event is about, for timelines: subject kind → the payload field holding that subject's id
 * (`{ product: 'productId' }`). Operators' timelines list every event that declares the subject.
 */
export type SubjectFields = Readonly<Record<string, string>>;

/**
 * How a new version of an event reads the version it supersedes, declared on the new class
 * (`static upcastFrom = upcastFrom(OldEvent, (old) => newPayload)`). Stored and in-flight events
 * of the old version reach handlers in the new shape, with the same id, stream and version.
 */
export interface EventUpcaster {
  /** The superseded class; it stays registered so old events can still be validated. */
  readonly from: IntegrationEventClass;
  // `any`: a registry chains upcasters of every payload type; `upcastFrom` types each one.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  upcast(envelope: EventEnvelope<any>): unknown;
}

/** Declares that an event class supersedes `from`, whose payloads `upcast` turns into its own. */
export function upcastFrom<From extends IntegrationEvent, P>(
  from: IntegrationEventClass<From>,
  upcast: (envelope: EventEnvelope<PayloadOf<From>>) => P,
): EventUpcaster {
  return { from, upcast };
}

/**
 * Base class of integration events. A subclass declares its wire `type`, its `payloadSchema` (and
 * extends `IntegrationEvent<Static<typeof schema>>`), optionally `delivery`, `publicShape`,
 * `subjects`, and `upcastFrom` when it supersedes an earlier version.
 */
export abstract class IntegrationEvent<P = unknown> {
  static readonly type: string;
  static readonly payloadSchema: TSchema;
  static readonly delivery: DeliveryGuarantee = 'effectively-once';
  static readonly description: string = '';
  /** Present when outside consumers get a copy of this event on the public exchange. */
  static readonly publicShape?: PublicShape;
  static readonly subjects?: SubjectFields;
  static readonly upcastFrom?: EventUpcaster;

  constructor(readonly envelope: EventEnvelope<P>) {}

  get payload(): P {
    return this.envelope.payload;
  }
}

/** The constructor of a concrete integration event, with its static wire metadata. */
export interface IntegrationEventClass<E extends IntegrationEvent = IntegrationEvent> {
  // `any`: a registry holds classes of every payload type and builds them from validated envelopes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  new (envelope: EventEnvelope<any>): E;
  readonly type: string;
  readonly payloadSchema: TSchema;
  readonly delivery: DeliveryGuarantee;
  readonly description: string;
  readonly publicShape?: PublicShape;
  readonly subjects?: SubjectFields;
  readonly upcastFrom?: EventUpcaster;
}

export type PayloadOf<E> = E extends IntegrationEvent<infer P> ? P : never;
