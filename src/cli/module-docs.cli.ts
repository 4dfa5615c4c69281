import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseCli, runCli } from './cli-program';
import { REPOSITORY_ROOT } from './repository-root';

const MODULE_DOCS_DIR = join(REPOSITORY_ROOT, 'docs', 'modules');

const HELP = `
Rewrites the module pages in docs/modules/ from the code (routes, events, tables, handlers) and
removes pages of modules that no longer exist. A test fails when they are stale.

usage: npm run docs:modules
`;

runCli('docs:modules', async () => {
  parseCli({ name: 'docs:modules', help: HELP, options: {} });
  // Loaded after the arguments are read: it loads every module, so --help stays instant.
  const { renderModuleDocs } = await import('./module-docs/module-docs.js');
  const pages = renderModuleDocs();
  await mkdir(MODULE_DOCS_DIR, { recursive: true });
  for (const file of await readdir(MODULE_DOCS_DIR)) {
    if (file.endsWith('.md') && !pages.has(file)) await rm(join(MODULE_DOCS_DIR, file));
  }
  for (const [file, content] of pages) await writeFile(join(MODULE_DOCS_DIR, file), content);
  process.stdout.write(`wrote ${pages.size} pages to ${relative(process.cwd(), MODULE_DOCS_DIR) || MODULE_DOCS_DIR}\n`);
});
