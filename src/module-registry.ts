import { ModuleDefinition } from './shared/modularity/module-definition';
import { MESSAGING_MIGRATIONS } from './shared/messaging/migrations';
import { declareConsumers } from './shared/messaging/consumers/consumer-declarations';
import { IDEMPOTENCY_MIGRATIONS } from './shared/http/idempotency/migrations';
import { ANALYTICS_MIGRATIONS } from './operations/analytics/migrations';
import { catalogModule } from './modules/catalog/catalog.module';
import { inventoryModule } from './modules/inventory/inventory.module';
import { ratingModule } from './modules/rating/rating.module';
import { reviewsModule } from './modules/reviews/reviews.module';
import { searchModule } from './modules/search/search.module';

/** Every module the platform has; `APP_MODULES` picks which of them a process hosts. */
export const MODULES: readonly ModuleDefinition[] = [
  catalogModule,
  reviewsModule,
  ratingModule,
  inventoryModule,
  searchModule,
];

/** The names `APP_MODULES` accepts, in registry order. */
export const MODULE_NAMES: readonly string[] = MODULES.map((definition) => definition.name);

export function selectModules(names: readonly string[]): ModuleDefinition[] {
  return MODULES.filter((definition) => names.includes(definition.name));
}

/** Every event class of every module: a process must understand events of modules it does not host. */
export const ALL_EVENTS = MODULES.flatMap((definition) => definition.events);

/**
 * Every module's event consumers, read from their declarations, so any process can describe the whole
 * platform. Reading them checks them: a misnamed handler or an undeclared projection stops start-up here.
 */
export const ALL_CONSUMERS = declareConsumers(MODULES);

/** Every rebuildable projection, with the module that declares it and the consumers that feed it. */
export const ALL_PROJECTIONS = MODULES.flatMap((module) =>
  (module.projections ?? []).map((projection) => ({
    module,
    projection,
    consumers: ALL_CONSUMERS.filter((consumer) => consumer.projection === projection).map(({ consumer }) => consumer),
  })),
);

/** Migrations for the hosted modules, plus the messaging, idempotency and analytics tables every process needs. */
export function migrationsFor(definitions: readonly ModuleDefinition[]): Function[] {
  return [
    ...MESSAGING_MIGRATIONS,
    ...IDEMPOTENCY_MIGRATIONS,
    ...ANALYTICS_MIGRATIONS,
    ...definitions.flatMap((definition) => definition.migrations),
  ];
}

export function entitiesFor(definitions: readonly ModuleDefinition[]): Function[] {
  return definitions.flatMap((definition) => definition.entities as Function[]);
}
