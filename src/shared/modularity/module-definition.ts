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
}
