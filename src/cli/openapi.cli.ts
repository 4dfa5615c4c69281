import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { canonicalJson } from './canonical-json';
import { buildDocumentWithoutDatabase } from './openapi/document-without-database';
import { REPOSITORY_ROOT } from './repository-root';

const OPENAPI_FILE = join(REPOSITORY_ROOT, 'openapi.json');

/** Writes the application's OpenAPI document to `openapi.json`: `npm run openapi`. */
async function main(): Promise<void> {
  const document = await buildDocumentWithoutDatabase();
  await writeFile(OPENAPI_FILE, canonicalJson(document));
  const operations = Object.values(document.paths).flatMap((item) => Object.keys(item)).length;
  process.stdout.write(`wrote ${relative(process.cwd(), OPENAPI_FILE) || OPENAPI_FILE} (${operations} operations)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`openapi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
