"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderModulePage = renderModulePage;
const markdown_1 = require("./markdown");
/** `docs/modules/<module>.md`: what one module offers, publishes, consumes and stores. */
function renderModulePage(facts) {
    const consumers = (event) => {
        if (event.consumers.length > 0)
            return event.consumers.map(markdown_1.code).join(', ');
        return event.supersededBy ? `those of ${(0, markdown_1.code)(event.supersededBy)}, which it is upcast to` : 'nobody';
    };
    return (0, markdown_1.page)(markdown_1.GENERATED_NOTICE, `# ${facts.name} module`, `[All modules](README.md)`, '## HTTP routes', (0, markdown_1.table)(['method', 'path', 'access', 'summary'], facts.routes.map((route) => [route.method, (0, markdown_1.code)(route.path), route.access, route.summary])), '## Commands', (0, markdown_1.table)(['command', 'handler'], facts.commands.map((command) => [(0, markdown_1.code)(command.message), (0, markdown_1.code)(command.handler)])), '## Queries', (0, markdown_1.table)(['query', 'handler'], facts.queries.map((query) => [(0, markdown_1.code)(query.message), (0, markdown_1.code)(query.handler)])), '## Events published', (0, markdown_1.table)(['event', 'delivery', 'consumers', 'meaning'], facts.publishes.map((event) => [(0, markdown_1.code)(event.type), event.delivery, consumers(event), event.description])), '## Events consumed', (0, markdown_1.table)(['event', 'from', 'consumer', 'handler'], facts.consumes.map((event) => [
        (0, markdown_1.code)(event.eventType),
        event.producer ? `[${event.producer}](${event.producer}.md)` : 'unknown',
        (0, markdown_1.code)(event.consumer),
        (0, markdown_1.code)(event.handler),
    ])), '## Tables owned', (0, markdown_1.table)(['table', 'entity', 'created by'], facts.tables.map((owned) => [
        (0, markdown_1.code)(owned.table),
        owned.entity ? (0, markdown_1.code)(owned.entity) : 'none (SQL only)',
        owned.createdBy ? (0, markdown_1.code)(owned.createdBy) : 'unknown',
    ])));
}
//# sourceMappingURL=render-module-page.js.map