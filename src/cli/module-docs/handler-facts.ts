import { Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import {
  INTEGRATION_EVENT_HANDLER,
  IntegrationEventHandlerMetadata,
} from '../../shared/messaging/consumers/on-integration-event.decorator';
import { consumerNameOf } from '../../shared/messaging/consumers/consumer-name';
import { compareText } from './compare-text';

// @nestjs/cqrs records the message class on its handler under these keys (its `decorators/constants`,
// which the package does not export).
const COMMAND_HANDLER_METADATA = '__commandHandler__';
const QUERY_HANDLER_METADATA = '__queryHandler__';

/** A command or query and the provider that handles it. */
export interface MessageHandlerFact {
  message: string;
  handler: string;
}

/** One integration event type a provider of the module consumes. */
export interface ConsumptionFact {
  eventType: string;
  consumer: string;
  handler: string;
}

export interface HandlerFacts {
  commands: MessageHandlerFact[];
  queries: MessageHandlerFact[];
  consumptions: ConsumptionFact[];
}

function providerClasses(nestModule: Type): Type[] {
  const providers = (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, nestModule) ?? []) as unknown[];
  // Only class providers carry decorators; value and factory providers (`{ provide, ... }`) cannot handle messages.
  return providers.filter((provider): provider is Type => typeof provider === 'function');
}

function handled(providers: Type[], key: string): MessageHandlerFact[] {
  return providers
    .map((provider) => ({
      message: (Reflect.getMetadata(key, provider) as Type | undefined)?.name,
      handler: provider.name,
    }))
    .filter((fact): fact is MessageHandlerFact => fact.message !== undefined)
    .sort((a, b) => compareText(a.message, b.message));
}

/** What the providers listed in a module's Nest module handle, read from their decorators' metadata. */
export function handlerFactsOf({ name, nestModule }: { name: string; nestModule: Type }): HandlerFacts {
  const providers = providerClasses(nestModule);
  const consumptions = providers
    .flatMap((provider) => {
      const metadata = Reflect.getMetadata(INTEGRATION_EVENT_HANDLER, provider) as
        IntegrationEventHandlerMetadata | undefined;
      return (metadata?.eventClasses ?? []).map((eventClass) => ({
        eventType: eventClass.type,
        consumer: consumerNameOf(name, provider.name),
        handler: provider.name,
      }));
    })
    .sort((a, b) => compareText(a.eventType, b.eventType) || compareText(a.consumer, b.consumer));
  return {
    commands: handled(providers, COMMAND_HANDLER_METADATA),
    queries: handled(providers, QUERY_HANDLER_METADATA),
    consumptions,
  };
}
