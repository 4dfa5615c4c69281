import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { renderModuleDocs } from './module-docs/module-docs';
import { REPOSITORY_ROOT } from './repository-root';

const MODULE_DOCS_DIR = join(REPOSITORY_ROOT, 'docs', 'modules');

/** Rewrites `docs/modules/` from the code and removes pages of modules that no longer exist: `npm run docs:modules`. */
async function main(): Promise<void> {
  const pages = renderModuleDocs();
  await mkdir(MODULE_DOCS_DIR, { recursive: true });
  for (const file of await readdir(MODULE_DOCS_DIR)) {
    if (file.endsWith('.md') && !pages.has(file)) await rm(join(MODULE_DOCS_DIR, file));
  }
  for (const [file, content] of pages) await writeFile(join(MODULE_DOCS_DIR, file), content);
  process.stdout.write(`wrote ${pages.size} pages to ${relative(process.cwd(), MODULE_DOCS_DIR) || MODULE_DOCS_DIR}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`docs:modules: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
