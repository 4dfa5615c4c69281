import { MixedList } from 'typeorm';
import { ConfigurableModule } from '../config/configurable-module';
import { ConsumingModule } from '../messaging/consumers/consumer-declarations';
import { IntegrationEventClass } from '../messaging/integration-event';
import { Projection } from '../projections/projection';
import { StatePart } from './state-part';

/**
 * An operator timeline a module offers for its aggregate: `GET /<resource>/:id/timeline` lists every
 * stored event, of any module, whose contract declares `subject` (e.g. `product`) with that id.
 */
export interface TimelineDeclaration {
  subject: string;
  /** The REST collection of the subject, e.g. `products`. */
  resource: string;
}

/**
 * A per-subject measure a module offers for `GET /analytics/<resource>/top?by=<name>`: how much of
 * one of its events each subject got in a time range — one per event, or the sum of an integer
 * payload field. The subject's id is read from the payload field the event's contract declares for
 * `subject`. The analytics kernel rolls measures up from the event store; it names none itself.
 */
export interface MeasureDeclaration {
  /** What clients pass as `by`, e.g. `reviews`; unique among the measures of a resource. */
  name: string;
  /** A subject the event's contract declares, e.g. `product`. */
  subject: string;
  /** The REST collection of the subject, e.g. `products`. */
  resource: string;
  event: IntegrationEventClass;
  /** An integer payload field to add up instead of counting events, e.g. `quantity`. */
  amount?: string;
  /** One line for the API documentation, e.g. `reviews added`. */
  description: string;
}

/** What the composition root needs to host a module: its Nest module, its schema, events, projections and settings. */
export interface ModuleDefinition extends ConfigurableModule, ConsumingModule {
  /** TypeORM entities of the module's own schema. */
  entities: MixedList<Function | string>;
  /** Migrations of the module's own schema, in order. */
  migrations: Function[];
  /** The event classes the module publishes (its `contracts/`). */
  events: readonly IntegrationEventClass[];
  /** Read models kept from events that can be rebuilt from the event store (their handlers name them). */
  projections?: readonly Projection[];
  timelines?: readonly TimelineDeclaration[];
  /**
   * The module's parts of subjects' state at a point in time; a subject with a timeline and parts gets
   * `GET /<resource>/:id/state`.
   */
  stateParts?: readonly StatePart[];
  /** Per-subject measures for the analytics' top lists. */
  measures?: readonly MeasureDeclaration[];
}
