"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderOverview = renderOverview;
const markdown_1 = require("./markdown");
const compare_text_1 = require("./compare-text");
/** One arrow per producer, consumer and delivery guarantee, labelled with the event names it carries. */
function flowsOf(modules) {
    const flows = new Map();
    for (const consumer of modules) {
        for (const consumed of consumer.consumes) {
            if (!consumed.producer)
                continue;
            const bestEffort = consumed.delivery === 'best-effort';
            const key = `${consumed.producer}>${consumer.name}>${bestEffort}`;
            const flow = flows.get(key) ?? { from: consumed.producer, to: consumer.name, bestEffort, events: new Set() };
            flow.events.add(consumed.eventType.replace(`${consumed.producer}.`, ''));
            flows.set(key, flow);
        }
    }
    return [...flows.values()].sort((a, b) => (0, compare_text_1.compareText)(a.from, b.from) || (0, compare_text_1.compareText)(a.to, b.to) || Number(a.bestEffort) - Number(b.bestEffort));
}
function mermaid(modules) {
    const nodes = modules.map((module) => `  ${module.name}["${module.name}"]`);
    const arrows = flowsOf(modules).map((flow) => `  ${flow.from} ${flow.bestEffort ? '-.->' : '-->'}|"${[...flow.events].sort().join('<br/>')}"| ${flow.to}`);
    return ['```mermaid', 'flowchart LR', ...nodes, ...arrows, '```'].join('\n');
}
/** `docs/modules/README.md`: the modules, the events flowing between them, and the shared tables. */
function renderOverview(modules, sharedTables) {
    return (0, markdown_1.page)(markdown_1.GENERATED_NOTICE, '# Modules', 'The modules share no tables and call no code of each other: they talk only through integration events. ' +
        'Each arrow below goes from the module whose `contracts/` declare an event to a module with a consumer of it; ' +
        'dotted arrows carry best-effort telemetry, solid ones are delivered effectively once (outbox and inbox).', mermaid(modules), (0, markdown_1.table)(['module', 'HTTP routes', 'commands', 'queries', 'events published', 'events consumed', 'tables'], modules.map((module) => [
        `[${module.name}](${module.name}.md)`,
        String(module.routes.length),
        String(module.commands.length),
        String(module.queries.length),
        String(module.publishes.length),
        String(module.consumes.length),
        String(module.tables.length),
    ])), '## Shared tables', 'Created by the migrations every process runs, whatever modules it hosts.', (0, markdown_1.table)(['table', 'created by'], sharedTables.map((shared) => [(0, markdown_1.code)(shared.table), shared.createdBy ? (0, markdown_1.code)(shared.createdBy) : 'unknown'])), '## Regenerating', 'Run `npm run docs:modules` after changing a module; a test fails while these pages are stale.');
}
