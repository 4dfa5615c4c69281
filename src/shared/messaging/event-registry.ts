import Ajv, { ValidateFunction } from 'ajv';
import { EventEnvelope, IntegrationEvent, IntegrationEventClass } from './integration-event';

/** A consumed message that is not a valid envelope of a known event type: it is parked, never retried. */
export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

const WIRE_TYPE = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.v[1-9][0-9]*$/;

const ENVELOPE_SCHEMA = {
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
    actor: { type: 'string', minLength: 1, maxLength: 200 },
    payload: { type: 'object' },
  },
};

/**
 * Maps explicit wire names (`reviews.review-added.v1`) to event classes and validates consumed
 * envelopes against the envelope schema and the payload schema declared on the class.
 */
export class EventRegistry {
  private readonly classes = new Map<string, IntegrationEventClass>();
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv = new Ajv({ allErrors: false, strict: false });
  private readonly validateEnvelope = this.ajv.compile(ENVELOPE_SCHEMA);

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

  /** Validates an untrusted envelope and turns it into its event instance. */
  parse(raw: unknown): IntegrationEvent {
    if (!this.validateEnvelope(raw)) {
      throw new InvalidEventError(`invalid envelope: ${this.ajv.errorsText(this.validateEnvelope.errors)}`);
    }
    const envelope = raw as unknown as EventEnvelope;
    const eventClass = this.classes.get(envelope.type);
    if (!eventClass) throw new InvalidEventError(`unknown event type ${envelope.type}`);
    const validatePayload = this.validators.get(envelope.type)!;
    if (!validatePayload(envelope.payload)) {
      throw new InvalidEventError(
        `invalid ${envelope.type} payload: ${this.ajv.errorsText(validatePayload.errors, { dataVar: 'payload' })}`,
      );
    }
    return new eventClass(envelope);
  }
}
