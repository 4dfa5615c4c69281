"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const canonical_json_1 = require("./canonical-json");
const document_without_database_1 = require("./openapi/document-without-database");
const repository_root_1 = require("./repository-root");
const OPENAPI_FILE = (0, node_path_1.join)(repository_root_1.REPOSITORY_ROOT, 'openapi.json');
/** Writes the application's OpenAPI document to `openapi.json`: `npm run openapi`. */
async function main() {
    const document = await (0, document_without_database_1.buildDocumentWithoutDatabase)();
    await (0, promises_1.writeFile)(OPENAPI_FILE, (0, canonical_json_1.canonicalJson)(document));
    const operations = Object.values(document.paths).flatMap((item) => Object.keys(item)).length;
    process.stdout.write(`wrote ${(0, node_path_1.relative)(process.cwd(), OPENAPI_FILE) || OPENAPI_FILE} (${operations} operations)\n`);
}
main().catch((error) => {
    process.stderr.write(`openapi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=openapi.cli.js.map