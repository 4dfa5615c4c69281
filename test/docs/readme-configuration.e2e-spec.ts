import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanEnvironmentReads } from './environment-reads';
import { readmeSection } from './readme';

const ROOT = join(__dirname, '..', '..');
const NAME = /^([A-Z][A-Z0-9_]*|<MODULE>_[A-Z0-9_]+)$/;

/** The variables the README's configuration table names in its first column. */
function documented(): Set<string> {
  const rows = readmeSection('Configuration')
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  const names = rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([^`]+)`/g)].map(([, name]) => name));
  // A row's meaning may name companions of its variable (RABBITMQ_CA_FILE next to RABBITMQ_URL).
  const companions = rows.flatMap((row) =>
    [...row.split('|')[3].matchAll(/`([A-Z][A-Z0-9_]+_(FILE|URL))`/g)].map(([, name]) => name),
  );
  return new Set([...names, ...companions].filter((name) => NAME.test(name)));
}

describe('README configuration table', () => {
  const table = documented();

  it('lists every environment variable the server and its tools read (scanned in src/)', () => {
    const scan = scanEnvironmentReads(ROOT, ['src']);
    expect(scan.unresolved).toEqual([]);
    const missing = scan.reads.filter((read) => !table.has(read.name)).map((read) => `${read.name} (${read.where})`);
    expect(missing).toEqual([]);
  });

  it('lists no variable that nothing reads', () => {
    const read = new Set(scanEnvironmentReads(ROOT, ['src', 'scripts']).reads.map((entry) => entry.name));
    const perModule = ['CATALOG', 'REVIEWS', 'RATING', 'INVENTORY', 'SEARCH'];
    const stale = [...table].filter(
      (name) => !read.has(name) && !perModule.some((module) => read.has(name.replace(module, '<MODULE>'))),
    );
    expect(stale).toEqual([]);
  });

  it('covers every variable of .env.example', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const names = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map(([, name]) => name);
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((name) => !table.has(name))).toEqual([]);
  });
});
