"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const module_docs_1 = require("./module-docs/module-docs");
const repository_root_1 = require("./repository-root");
const MODULE_DOCS_DIR = (0, node_path_1.join)(repository_root_1.REPOSITORY_ROOT, 'docs', 'modules');
/** Rewrites `docs/modules/` from the code and removes pages of modules that no longer exist: `npm run docs:modules`. */
async function main() {
    const pages = (0, module_docs_1.renderModuleDocs)();
    await (0, promises_1.mkdir)(MODULE_DOCS_DIR, { recursive: true });
    for (const file of await (0, promises_1.readdir)(MODULE_DOCS_DIR)) {
        if (file.endsWith('.md') && !pages.has(file))
            await (0, promises_1.rm)((0, node_path_1.join)(MODULE_DOCS_DIR, file));
    }
    for (const [file, content] of pages)
        await (0, promises_1.writeFile)((0, node_path_1.join)(MODULE_DOCS_DIR, file), content);
    process.stdout.write(`wrote ${pages.size} pages to ${(0, node_path_1.relative)(process.cwd(), MODULE_DOCS_DIR) || MODULE_DOCS_DIR}\n`);
}
main().catch((error) => {
    process.stderr.write(`docs:modules: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
});
