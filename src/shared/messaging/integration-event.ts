/**
 * The integration-event base: the only thing a module's `contracts/` may import.
 * Keep this file free of imports so contracts can become a package of their own.
 */

/** A JSON Schema (draft 2020-12 subset) describing an event payload; used for runtime validation and AsyncAPI. */
export type JsonSchema = { [keyword: string]: unknown };

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
 * Base class of integration events; subclasses declare `type`, `payloadSchema` and optionally
 * `delivery`, and `upcastFrom` when they supersede an earlier version.
 */
export abstract class IntegrationEvent<P = unknown> {
  static readonly type: string;
  static readonly payloadSchema: JsonSchema;
  static readonly delivery: DeliveryGuarantee = 'effectively-once';
  static readonly description: string = '';
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
  readonly payloadSchema: JsonSchema;
  readonly delivery: DeliveryGuarantee;
  readonly description: string;
  readonly upcastFrom?: EventUpcaster;
}

export type PayloadOf<E> = E extends IntegrationEvent<infer P> ? P : never;
