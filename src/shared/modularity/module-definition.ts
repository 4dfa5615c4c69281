import { Type } from '@nestjs/common';
import { MixedList } from 'typeorm';
import { ConfigurableModule } from '../config/configurable-module';
import { IntegrationEventClass } from '../messaging/integration-event';

/**
 * A read model a module keeps from events, which `npm run projections -- rebuild <name>` can rebuild
 * from the event store by replaying the events into `consumers` and swapping in the result.
 */
export interface ProjectionDefinition {
  /** Unique across modules, e.g. `search-index`. */
  name: string;
  /** Schema-qualified tables the consumers maintain and the rebuild replaces, e.g. `search.documents`. */
  tables: readonly string[];
  /** Names of the `@OnIntegrationEvent` consumers that maintain the tables. */
  consumers: readonly string[];
}

/** What the composition root needs to host a module: its Nest module, its schema and its public events. */
export interface ModuleDefinition extends ConfigurableModule {
  name: string;
  nestModule: Type;
  /** TypeORM entities of the module's own schema. */
  entities: MixedList<Function | string>;
  /** Migrations of the module's own schema, in order. */
  migrations: Function[];
  /** The event classes the module publishes (its `contracts/`). */
  events: readonly IntegrationEventClass[];
  /** Read models kept from events that can be rebuilt from the event store. */
  projections?: readonly ProjectionDefinition[];
}
