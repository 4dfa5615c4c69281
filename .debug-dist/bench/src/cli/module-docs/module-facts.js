"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collectModuleFacts = collectModuleFacts;
const handler_facts_1 = require("./handler-facts");
const route_facts_1 = require("./route-facts");
const table_facts_1 = require("./table-facts");
const compare_text_1 = require("./compare-text");
const entityList = (entities) => Array.isArray(entities) ? entities : Object.values(entities);
/** Reads every module's registration (events, Nest providers and controllers, entities, migrations). */
function collectModuleFacts(definitions) {
    const handlers = new Map(definitions.map((definition) => [definition.name, (0, handler_facts_1.handlerFactsOf)(definition.nestModule)]));
    const producers = new Map(definitions.flatMap((definition) => definition.events.map((event) => [event.type, { definition, event }])));
    const successors = new Map(definitions.flatMap((definition) => definition.events.flatMap((event) => event.upcastFrom ? [[event.upcastFrom.from.type, event.type]] : [])));
    const consumersOf = (type) => [...handlers.values()]
        .flatMap((facts) => facts.consumptions)
        .filter((consumption) => consumption.eventType === type)
        .map((consumption) => consumption.consumer)
        .sort();
    return [...definitions]
        .sort((a, b) => (0, compare_text_1.compareText)(a.name, b.name))
        .map((definition) => {
        const { commands, queries, consumptions } = handlers.get(definition.name);
        return {
            name: definition.name,
            commands,
            queries,
            routes: (0, route_facts_1.routeFactsOf)(definition.nestModule),
            publishes: [...definition.events]
                .sort((a, b) => (0, compare_text_1.compareText)(a.type, b.type))
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
            tables: (0, table_facts_1.tableFactsOf)(definition.migrations, entityList(definition.entities)),
        };
    });
}
