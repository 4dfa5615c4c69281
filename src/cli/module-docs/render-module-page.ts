import { code, GENERATED_NOTICE, page, table } from './markdown';
import { ModuleFacts } from './module-facts';

/** `docs/modules/<module>.md`: what one module offers, publishes, consumes and stores. */
export function renderModulePage(facts: ModuleFacts): string {
  const consumers = (event: ModuleFacts['publishes'][number]) => {
    if (event.consumers.length > 0) return event.consumers.map(code).join(', ');
    return event.supersededBy ? `those of ${code(event.supersededBy)}, which it is upcast to` : 'nobody';
  };
  return page(
    GENERATED_NOTICE,
    `# ${facts.name} module`,
    `[All modules](README.md)`,
    '## HTTP routes',
    table(
      ['method', 'path', 'access', 'summary'],
      facts.routes.map((route) => [route.method, code(route.path), route.access, route.summary]),
    ),
    '## Commands',
    table(
      ['command', 'handler'],
      facts.commands.map((command) => [code(command.message), code(command.handler)]),
    ),
    '## Queries',
    table(
      ['query', 'handler'],
      facts.queries.map((query) => [code(query.message), code(query.handler)]),
    ),
    '## Events published',
    table(
      ['event', 'delivery', 'consumers', 'meaning'],
      facts.publishes.map((event) => [code(event.type), event.delivery, consumers(event), event.description]),
    ),
    '## Events consumed',
    table(
      ['event', 'from', 'consumer', 'handler'],
      facts.consumes.map((event) => [
        code(event.eventType),
        event.producer ? `[${event.producer}](${event.producer}.md)` : 'unknown',
        code(event.consumer),
        code(event.handler),
      ]),
    ),
    '## Tables owned',
    table(
      ['table', 'entity', 'created by'],
      facts.tables.map((owned) => [
        code(owned.table),
        owned.entity ? code(owned.entity) : 'none (SQL only)',
        owned.createdBy ? code(owned.createdBy) : 'unknown',
      ]),
    ),
  );
}
