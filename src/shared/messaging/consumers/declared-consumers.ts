import { DynamicModule, Provider, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { ConsumerRegistration } from './consumer-registration';
import { INTEGRATION_EVENT_HANDLER, IntegrationEventHandlerMetadata } from './on-integration-event.decorator';

/** One `@OnIntegrationEvent` consumer and the wire types it declares. */
export interface DeclaredConsumer {
  consumer: string;
  module: string;
  types: string[];
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
 * The consumers declared in Nest modules, read from their provider lists and the decorators'
 * metadata without instantiating anything: so a process can describe every module's consumers,
 * not only those it hosts.
 */
export function declaredConsumers(nestModules: readonly Type[]): DeclaredConsumer[] {
  const seen = new Set<unknown>();
  const consumers: DeclaredConsumer[] = [];
  for (const nestModule of nestModules) {
    for (const handler of providerClasses(nestModule, seen)) {
      const metadata: IntegrationEventHandlerMetadata | undefined = Reflect.getMetadata(
        INTEGRATION_EVENT_HANDLER,
        handler,
      );
      if (!metadata) continue;
      consumers.push({
        consumer: metadata.consumer,
        module: metadata.consumer.split('.')[0],
        types: metadata.eventClasses.map((eventClass) => eventClass.type),
      });
    }
  }
  return consumers;
}

/** The same view of the consumers a running process discovered (its hosted modules only). */
export function registeredConsumers(registrations: readonly ConsumerRegistration[]): DeclaredConsumer[] {
  const byConsumer = new Map<string, DeclaredConsumer>();
  for (const { consumer, module, eventClass } of registrations) {
    const entry = byConsumer.get(consumer) ?? { consumer, module, types: [] };
    entry.types.push(eventClass.type);
    byConsumer.set(consumer, entry);
  }
  return [...byConsumer.values()];
}

/** Every module's consumers, when the composition root knows them; otherwise the process's own are described. */
export const DECLARED_CONSUMERS = Symbol('DECLARED_CONSUMERS');
