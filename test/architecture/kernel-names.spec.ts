import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALL_EVENTS, MODULES } from '../../src/module-registry';
import { EventRegistry } from '../../src/shared/messaging/envelope/event-registry';
import { ModuleNames, findModuleNames } from './kernel-names';

const ROOT = resolve(__dirname, '..', '..');

/** Tables a module owns, read from its migrations' SQL (`<module>.<table>`). */
function tablesOf(): string[] {
  const tables = new Set<string>();
  for (const module of MODULES) {
    const sql = module.migrations.map((migration) => migration.toString()).join('\n');
    for (const [table] of sql.matchAll(new RegExp(`\\b${module.name}\\.[a-z_]+\\b`, 'g'))) tables.add(table);
  }
  return [...tables];
}

const NAMES: ModuleNames = {
  modules: MODULES.map((module) => module.name),
  wireTypes: new EventRegistry(ALL_EVENTS).types(),
  tables: tablesOf(),
};

describe('the shared kernel and the operator endpoints name no module', () => {
  it('knows what to look for', () => {
    expect(NAMES.modules.length).toBeGreaterThan(0);
    expect(NAMES.wireTypes.length).toBeGreaterThan(NAMES.modules.length);
    expect(NAMES.tables.length).toBeGreaterThan(NAMES.modules.length);
  });

  it('has no module name, wire type, schema or table in any string of src/shared or src/operations', () => {
    expect(findModuleNames(ROOT, ['src/shared', 'src/operations'], NAMES)).toEqual([]);
  });

  describe('can fail', () => {
    let fixture: string;

    beforeAll(async () => {
      fixture = await mkdtemp(join(tmpdir(), 'kernel-names-'));
      await mkdir(join(fixture, 'src/shared/messaging'), { recursive: true });
      await writeFile(
        join(fixture, 'src/shared/messaging/leaky.ts'),
        [
          '// catalog is only named in a comment here, which is fine',
          `export const routingKey = '${NAMES.wireTypes[0]}';`,
          `export const sql = \`SELECT * FROM ${NAMES.tables[0]} WHERE id = \${1}\`;`,
          `export const module = "${NAMES.modules[0]}";`,
          `export const fine = '${NAMES.modules[0]}-like words such as the${NAMES.modules[0]}';`,
          `@ApiProperty({ example: '${NAMES.wireTypes[0]}' }) export class Documented {}`,
        ].join('\n'),
      );
      await writeFile(join(fixture, 'src/shared/messaging/leaky.spec.ts'), `export const x = '${NAMES.wireTypes[0]}';`);
    });

    afterAll(() => rm(fixture, { recursive: true, force: true }));

    it('finds a wire type, a table and a module name in strings, and nothing in comments, specs or API docs', () => {
      const found = findModuleNames(fixture, ['src/shared'], NAMES);
      expect(found.map(({ line }) => line)).toEqual([2, 3, 4]);
      expect(found[0].names).toContain(NAMES.wireTypes[0]);
      expect(found[1].names).toContain(NAMES.tables[0]);
      expect(found[2].names).toBe(NAMES.modules[0]);
    });
  });
});
