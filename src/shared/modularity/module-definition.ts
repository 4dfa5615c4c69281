import { Type } from '@nestjs/common';
import { MixedList } from 'typeorm';
import { ModuleName } from '../config/app-config';
import { IntegrationEventClass } from '../messaging/integration-event';

/** What the composition root needs to host a module: its Nest module, its schema and its public events. */
export interface ModuleDefinition {
  name: ModuleName;
  nestModule: Type;
  /** TypeORM entities of the module's own schema. */
  entities: MixedList<Function | string>;
  /** Migrations of the module's own schema, in order. */
  migrations: Function[];
  /** The event classes the module publishes (its `contracts/`). */
  events: readonly IntegrationEventClass[];
}
