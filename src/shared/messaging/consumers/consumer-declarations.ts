import { DynamicModule, Provider, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { Projection } from '../../projections/projection';
import { IntegrationEvent, IntegrationEventClass } from '../integration-event';
import { consumerNameOf } from './consumer-name';
import {
  INTEGRATION_EVENT_HANDLER,
  IntegrationEventHandler,
  IntegrationEventHandlerMetadata,
} from './on-integration-event.decorator';

/** A module as the messaging kernel sees it: its name, its Nest module, the projections it declares. */
export interface ConsumingModule {
  readonly name: string;
  readonly nestModule: Type;
  readonly projections?: readonly Projection[];
}

/** One `@OnIntegrationEvent` handler of one module, read from the module's declarations. */
export interface ConsumerDeclaration {
  /** `<module>.<intent>`: the inbox key, the dead-letter owner, the metrics label. */
  consumer: string;
  module: string;
  handler: Type<IntegrationEventHandler<IntegrationEvent>>;
  eventClasses: readonly IntegrationEventClass[];
  projection?: Projection;
}

type ModuleRef = Type | DynamicModule | Promise<DynamicModule> | undefined;

function providerClass(provider: Provider): Type | undefined {
  if (typeof provider === 'function') return provider;
  return 'useClass' in provider ? provider.useClass : undefined;
}

function* providerClasses(module: ModuleRef, seen: Set<unknown>): Generator<Type> {
  if (!module || module instanceof Promise || seen.has(module)) return;
  seen.add(module);
  const dynamic = typeof module === 'function' ? undefined : module;
  const type = dynamic ? dynamic.module : (module as Type);
  const providers: Provider[] = [
    ...(Reflect.getMetadata(MODULE_METADATA.PROVIDERS, type) ?? []),
    ...(dynamic?.providers ?? []),
  ];
  for (const provider of providers) {
    const found = providerClass(provider);
    if (found) yield found;
  }
  const imports: ModuleRef[] = [
    ...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, type) ?? []),
    ...(dynamic?.imports ?? []),
  ];
  for (const imported of imports) yield* providerClasses(imported as ModuleRef, seen);
}

/**
 * Every consumer the given modules declare, read from their Nest modules' provider lists and the
 * decorators' metadata without instantiating anything, so any process can describe every module.
 * Fails — at start-up, since the composition root calls it while loading — when a handler breaks the
 * naming rule, two handlers of a module share a consumer name, a handler feeds a projection its
 * module does not declare, or a declared projection has no handler.
 */
export function declareConsumers(modules: readonly ConsumingModule[]): ConsumerDeclaration[] {
  const declarations: ConsumerDeclaration[] = [];
  const seen = new Set<unknown>();
  for (const module of modules) {
    const names = new Set<string>();
    for (const handler of providerClasses(module.nestModule, seen)) {
      const metadata: IntegrationEventHandlerMetadata | undefined = Reflect.getMetadata(
        INTEGRATION_EVENT_HANDLER,
        handler,
      );
      if (!metadata) continue;
      const consumer = consumerNameOf(module.name, handler.name);
      if (names.has(consumer)) throw new Error(`two handlers of module ${module.name} are both consumer ${consumer}`);
      names.add(consumer);
      if (metadata.projection && !module.projections?.includes(metadata.projection)) {
        throw new Error(
          `${handler.name} feeds projection ${metadata.projection.name}, which module ${module.name} does not declare`,
        );
      }
      declarations.push({
        consumer,
        module: module.name,
        handler: handler as Type<IntegrationEventHandler<IntegrationEvent>>,
        eventClasses: metadata.eventClasses,
        projection: metadata.projection,
      });
    }
    for (const projection of module.projections ?? []) {
      if (!declarations.some((declaration) => declaration.projection === projection)) {
        throw new Error(`projection ${projection.name} of module ${module.name} has no handler feeding it`);
      }
    }
  }
  return declarations;
}

/** The event types each module consumes, from its consumers' declarations. */
export function typesByModule(declarations: readonly ConsumerDeclaration[]): Map<string, string[]> {
  const result = new Map<string, Set<string>>();
  for (const declaration of declarations) {
    const types = result.get(declaration.module) ?? new Set<string>();
    declaration.eventClasses.forEach((eventClass) => types.add(eventClass.type));
    result.set(declaration.module, types);
  }
  return new Map([...result].map(([module, types]) => [module, [...types].sort()]));
}
