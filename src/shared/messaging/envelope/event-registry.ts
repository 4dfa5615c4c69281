import Ajv, { ValidateFunction } from 'ajv';
import { EventEnvelope, IntegrationEvent, IntegrationEventClass, PublicShape } from '../integration-event';
import { UpcasterChain } from './upcaster-chain';

/** A consumed message that is not a valid envelope of a known event type: it is parked, never retried. */
export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

const WIRE_TYPE = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.v[1-9][0-9]*$/;

/** The module that owns an event type: the first segment of its wire name. */
export function moduleOfType(type: string): string {
  return type.slice(0, type.indexOf('.'));
}

/** Event types that declare a subject, grouped by the payload field that holds the subject's id. */
export interface SubjectFieldTypes {
  field: string;
  types: string[];
}

/** JSON Schema of the envelope around every payload; also the message schema of the AsyncAPI document. */
export const ENVELOPE_SCHEMA: Record<string, unknown> = {
  type: 'object',
  required: ['eventId', 'type', 'streamId', 'streamVersion', 'occurredAt', 'correlationId', 'actor', 'payload'],
  properties: {
    eventId: { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' },
    type: { type: 'string', minLength: 1 },
    streamId: { type: 'string', minLength: 1, maxLength: 512 },
    streamVersion: { type: 'integer', minimum: 1 },
    occurredAt: { type: 'string', minLength: 1 },
    correlationId: { type: 'string', minLength: 1, maxLength: 200 },
    causationId: { type: ['string', 'null'] },
    actor: { type: 'string', minLength: 1, maxLength: 256 },
    payload: { type: 'object' },
  },
};

/**
 * Maps explicit wire names (`reviews.review-added.v1`) to event classes and validates consumed
 * envelopes against the envelope schema and the payload schema declared on the class. Events of a
 * superseded version are upcast to the current one as they are read.
 */
export class EventRegistry {
  private readonly classes = new Map<string, IntegrationEventClass>();
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv = new Ajv({ allErrors: false, strict: false });
  private readonly validateEnvelope = this.ajv.compile(ENVELOPE_SCHEMA);
  private readonly upcasters = new UpcasterChain();

  constructor(eventClasses: readonly IntegrationEventClass[] = []) {
    eventClasses.forEach((eventClass) => this.register(eventClass));
  }

  register(eventClass: IntegrationEventClass): void {
    const { type } = eventClass;
    if (!WIRE_TYPE.test(type ?? '')) {
      throw new Error(`${eventClass.name} must declare static type "<module>.<event-name>.v<N>", got "${type}"`);
    }
    const existing = this.classes.get(type);
    if (existing && existing !== eventClass) {
      throw new Error(`event type ${type} is declared by both ${existing.name} and ${eventClass.name}`);
    }
    this.classes.set(type, eventClass);
    this.validators.set(type, this.ajv.compile(eventClass.payloadSchema));
    this.upcasters.add(eventClass);
    // The superseded version stays readable: its events are validated against their own schema first.
    if (eventClass.upcastFrom && !this.classes.has(eventClass.upcastFrom.from.type)) {
      this.register(eventClass.upcastFrom.from);
    }
  }

  types(): string[] {
    return [...this.classes.keys()].sort();
  }

  all(): IntegrationEventClass[] {
    return [...this.classes.values()];
  }

  classOf(type: string): IntegrationEventClass | undefined {
    return this.classes.get(type);
  }

  /** The public shape the contract of `type` declares, if its events are published outside. */
  publicShapeOf(type: string): PublicShape | undefined {
    return this.classes.get(type)?.publicShape;
  }

  /** Every subject kind some event declares (`product`, …), sorted. */
  subjects(): string[] {
    return [...new Set(this.all().flatMap((eventClass) => Object.keys(eventClass.subjects ?? {})))].sort();
  }

  /** For one subject kind: which stored types hold its id in which payload field. */
  subjectFields(subject: string): SubjectFieldTypes[] {
    const byField = new Map<string, string[]>();
    for (const eventClass of this.all()) {
      const field = eventClass.subjects?.[subject];
      if (field !== undefined) byField.set(field, [...(byField.get(field) ?? []), eventClass.type]);
    }
    return [...byField].map(([field, types]) => ({ field, types: types.sort() }));
  }

  /** The wire type events of `type` are read as: the newest version it upcasts to, or itself. */
  currentTypeOf(type: string): string {
    return this.upcasters.currentType(type);
  }

  /**
   * Upcasts a trusted envelope (read from the event store) to its current version, keeping extra
   * fields. Left as stored if an upcaster fails, so that `parse` reports it as an invalid event.
   */
  upcast<T extends EventEnvelope>(envelope: T): T {
    try {
      return this.upcasters.upcast(envelope);
    } catch {
      return envelope;
    }
  }

  /**
   * Validates an untrusted envelope and turns it into its event instance, upcast to the current
   * version of its type (each version's payload is validated against that version's schema).
   */
  parse(raw: unknown): IntegrationEvent {
    if (!this.validateEnvelope(raw)) {
      throw new InvalidEventError(`invalid envelope: ${this.ajv.errorsText(this.validateEnvelope.errors)}`);
    }
    const stored = raw as unknown as EventEnvelope;
    if (!this.classes.has(stored.type)) throw new InvalidEventError(`unknown event type ${stored.type}`);
    this.validatePayload(stored);
    let envelope: EventEnvelope;
    try {
      envelope = this.upcasters.upcast(stored, (upcast) => this.validatePayload(upcast));
    } catch (error) {
      if (error instanceof InvalidEventError) throw error;
      throw new InvalidEventError(`cannot upcast ${stored.type}: ${error instanceof Error ? error.message : error}`);
    }
    return new (this.classes.get(envelope.type)!)(envelope);
  }

  private validatePayload(envelope: EventEnvelope): void {
    const validatePayload = this.validators.get(envelope.type)!;
    if (!validatePayload(envelope.payload)) {
      throw new InvalidEventError(
        `invalid ${envelope.type} payload: ${this.ajv.errorsText(validatePayload.errors, { dataVar: 'payload' })}`,
      );
    }
  }
}
