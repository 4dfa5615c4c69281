import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { renderModuleDocs } from '../../src/cli/module-docs/module-docs';
import { REPOSITORY_ROOT } from '../../src/cli/repository-root';

const DOCS_DIR = join(REPOSITORY_ROOT, 'docs', 'modules');

async function committedPages(): Promise<Map<string, string>> {
  const files = (await readdir(DOCS_DIR).catch(() => [] as string[])).filter((file) => file.endsWith('.md'));
  return new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(join(DOCS_DIR, file), 'utf8')] as const)),
  );
}

describe('committed module documentation (docs/modules)', () => {
  it('matches what the code says about every module', async () => {
    const expected = renderModuleDocs();
    const committed = await committedPages();
    const problems = [
      ...[...expected.keys()].filter((file) => !committed.has(file)).map((file) => `${file}: missing`),
      ...[...committed.keys()].filter((file) => !expected.has(file)).map((file) => `${file}: describes no module`),
      ...[...expected]
        .filter(([file, content]) => committed.has(file) && committed.get(file) !== content)
        .map(([file]) => `${file}: stale`),
    ].sort();
    if (problems.length > 0) {
      throw new Error(
        `docs/modules is out of date: run \`npm run docs:modules\` and commit the result.\n${problems.map((line) => `  ${line}`).join('\n')}`,
      );
    }
  });

  it('draws every registered module in the overview diagram', () => {
    const overview = renderModuleDocs().get('README.md')!;
    const diagram = overview.slice(
      overview.indexOf('```mermaid'),
      overview.indexOf('```', overview.indexOf('```mermaid') + 3),
    );
    for (const module of ['catalog', 'reviews', 'rating', 'inventory', 'search']) {
      expect(diagram).toContain(`${module}["${module}"]`);
    }
    expect(diagram).toMatch(/catalog -->\|"[^"]*product-created[^"]*"\| inventory/);
  });
});
