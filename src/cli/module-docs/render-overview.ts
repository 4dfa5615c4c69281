import { code, GENERATED_NOTICE, page, table } from './markdown';
import { ModuleFacts } from './module-facts';
import { TableFact } from './table-facts';
import { compareText } from './compare-text';

interface Flow {
  from: string;
  to: string;
  bestEffort: boolean;
  events: Set<string>;
}

/** One arrow per producer, consumer and delivery guarantee, labelled with the event names it carries. */
function flowsOf(modules: ModuleFacts[]): Flow[] {
  const flows = new Map<string, Flow>();
  for (const consumer of modules) {
    for (const consumed of consumer.consumes) {
      if (!consumed.producer) continue;
      const bestEffort = consumed.delivery === 'best-effort';
      const key = `${consumed.producer}>${consumer.name}>${bestEffort}`;
      const flow = flows.get(key) ?? { from: consumed.producer, to: consumer.name, bestEffort, events: new Set() };
      flow.events.add(consumed.eventType.replace(`${consumed.producer}.`, ''));
      flows.set(key, flow);
    }
  }
  return [...flows.values()].sort(
    (a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || Number(a.bestEffort) - Number(b.bestEffort),
  );
}

function mermaid(modules: ModuleFacts[]): string {
  const nodes = modules.map((module) => `  ${module.name}["${module.name}"]`);
  const arrows = flowsOf(modules).map(
    (flow) =>
      `  ${flow.from} ${flow.bestEffort ? '-.->' : '-->'}|"${[...flow.events].sort().join('<br/>')}"| ${flow.to}`,
  );
  return ['```mermaid', 'flowchart LR', ...nodes, ...arrows, '```'].join('\n');
}

/** `docs/modules/README.md`: the modules, the events flowing between them, and the shared tables. */
export function renderOverview(modules: ModuleFacts[], sharedTables: TableFact[]): string {
  return page(
    GENERATED_NOTICE,
    '# Modules',
    'The modules share no tables and call no code of each other: they talk only through integration events. ' +
      'Each arrow below goes from the module whose `contracts/` declare an event to a module with a consumer of it; ' +
      'dotted arrows carry best-effort telemetry, solid ones are delivered effectively once (outbox and inbox).',
    mermaid(modules),
    table(
      ['module', 'HTTP routes', 'commands', 'queries', 'events published', 'events consumed', 'tables'],
      modules.map((module) => [
        `[${module.name}](${module.name}.md)`,
        String(module.routes.length),
        String(module.commands.length),
        String(module.queries.length),
        String(module.publishes.length),
        String(module.consumes.length),
        String(module.tables.length),
      ]),
    ),
    '## Shared tables',
    'Created by the migrations every process runs, whatever modules it hosts.',
    table(
      ['table', 'created by'],
      sharedTables.map((shared) => [code(shared.table), shared.createdBy ? code(shared.createdBy) : 'unknown']),
    ),
    '## Regenerating',
    'Run `npm run docs:modules` after changing a module; a test fails while these pages are stale.',
  );
}
