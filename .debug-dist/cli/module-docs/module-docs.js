"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderModuleDocs = renderModuleDocs;
const module_registry_1 = require("../../module-registry");
const module_facts_1 = require("./module-facts");
const render_module_page_1 = require("./render-module-page");
const render_overview_1 = require("./render-overview");
const table_facts_1 = require("./table-facts");
/** Every page of `docs/modules/`, by file name, derived from the registered modules. */
function renderModuleDocs() {
    const modules = (0, module_facts_1.collectModuleFacts)(module_registry_1.MODULES);
    const pages = new Map([['README.md', (0, render_overview_1.renderOverview)(modules, (0, table_facts_1.tableFactsOf)((0, module_registry_1.migrationsFor)([]), []))]]);
    for (const module of modules)
        pages.set(`${module.name}.md`, (0, render_module_page_1.renderModulePage)(module));
    return pages;
}
//# sourceMappingURL=module-docs.js.map