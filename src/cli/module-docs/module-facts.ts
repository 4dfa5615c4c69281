import { DeliveryGuarantee } from '../../shared/messaging/integration-event';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { ConsumptionFact, MessageHandlerFact, handlerFactsOf } from './handler-facts';
import { RouteFact, routeFactsOf } from './route-facts';
import { TableFact, tableFactsOf } from './table-facts';
import { compareText } from './compare-text';

export interface PublishedEventFact {
  type: string;
  eventClass: string;
  description: string;
  delivery: DeliveryGuarantee;
  /** Every `<module>.<handler>` consumer of it in the platform. */
  consumers: string[];
  /** The newer version consumers read it as (its upcaster), if one supersedes it. */
  supersededBy?: string;
}

export interface ConsumedEventFact extends ConsumptionFact {
  /** The module whose contracts declare the event, or undefined when none does. */
  producer?: string;
  delivery?: DeliveryGuarantee;
}

/** Everything the module pages and the overview say about one module, all derived from code. */
export interface ModuleFacts {
  name: string;
  commands: MessageHandlerFact[];
  queries: MessageHandlerFact[];
  routes: RouteFact[];
  publishes: PublishedEventFact[];
  consumes: ConsumedEventFact[];
  tables: TableFact[];
}

const entityList = (entities: ModuleDefinition['entities']) =>
  Array.isArray(entities) ? entities : Object.values(entities);

/** Reads every module's registration (events, Nest providers and controllers, entities, migrations). */
export function collectModuleFacts(definitions: readonly ModuleDefinition[]): ModuleFacts[] {
  const handlers = new Map(definitions.map((definition) => [definition.name, handlerFactsOf(definition)]));
  const producers = new Map(
    definitions.flatMap((definition) => definition.events.map((event) => [event.type, { definition, event }] as const)),
  );
  const successors = new Map(
    definitions.flatMap((definition) =>
      definition.events.flatMap((event) =>
        event.upcastFrom ? [[event.upcastFrom.from.type, event.type] as const] : [],
      ),
    ),
  );
  const consumersOf = (type: string) =>
    [...handlers.values()]
      .flatMap((facts) => facts.consumptions)
      .filter((consumption) => consumption.eventType === type)
      .map((consumption) => consumption.consumer)
      .sort();
  return [...definitions]
    .sort((a, b) => compareText(a.name, b.name))
    .map((definition) => {
      const { commands, queries, consumptions } = handlers.get(definition.name)!;
      return {
        name: definition.name,
        commands,
        queries,
        routes: routeFactsOf(definition.nestModule),
        publishes: [...definition.events]
          .sort((a, b) => compareText(a.type, b.type))
          .map((event) => ({
            type: event.type,
            eventClass: event.name,
            description: event.description,
            delivery: event.delivery,
            consumers: consumersOf(event.type),
            supersededBy: successors.get(event.type),
          })),
        consumes: consumptions.map((consumption) => {
          const producer = producers.get(consumption.eventType);
          return { ...consumption, producer: producer?.definition.name, delivery: producer?.event.delivery };
        }),
        tables: tableFactsOf(definition.migrations, entityList(definition.entities)),
      };
    });
}
