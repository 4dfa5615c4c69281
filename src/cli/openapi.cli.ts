import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { canonicalJson } from './canonical-json';
import { parseCli, runCli } from './cli-program';
import { REPOSITORY_ROOT } from './repository-root';

const OPENAPI_FILE = join(REPOSITORY_ROOT, 'openapi.json');

const HELP = `
Writes the application's OpenAPI document to openapi.json (the committed contract; a test fails
when it differs from the running application's). Needs no database.

usage: npm run openapi
`;

runCli('openapi', async () => {
  parseCli({ name: 'openapi', help: HELP, options: {} });
  // Loaded after the arguments are read: it loads every module, so --help stays instant.
  const { buildDocumentWithoutDatabase } = await import('./openapi/document-without-database.js');
  const document = await buildDocumentWithoutDatabase();
  await writeFile(OPENAPI_FILE, canonicalJson(document));
  const operations = Object.values(document.paths).flatMap((item) => Object.keys(item)).length;
  process.stdout.write(`wrote ${relative(process.cwd(), OPENAPI_FILE) || OPENAPI_FILE} (${operations} operations)\n`);
});
