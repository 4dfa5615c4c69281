import { getMetadataArgsStorage } from 'typeorm';

export interface TableFact {
  /** `schema.table` as the migrations write it. */
  table: string;
  /** The TypeORM entity mapped to it, if any (some projections are read and written in SQL only). */
  entity?: string;
  /** The migration class that creates it. */
  createdBy?: string;
}

const NAME = String.raw`"?(\w+)"?(?:\."?(\w+)"?)?`;
const CREATE_TABLE = new RegExp(String.raw`\bCREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}`, 'gi');
const DROP_TABLE = new RegExp(String.raw`\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?${NAME}`, 'gi');

const qualified = (first: string, second: string | undefined) => (second ? `${first}.${second}` : first);

/**
 * The tables a list of migrations leaves behind, read from the SQL in their `up` methods: every
 * `CREATE TABLE`, minus those a later migration drops.
 */
function tablesCreatedBy(migrations: Function[]): Map<string, string> {
  const tables = new Map<string, string>();
  for (const migration of migrations) {
    const source = String((migration.prototype as { up?: unknown }).up ?? '');
    for (const [, first, second] of source.matchAll(CREATE_TABLE)) tables.set(qualified(first, second), migration.name);
    for (const [, first, second] of source.matchAll(DROP_TABLE)) tables.delete(qualified(first, second));
  }
  return tables;
}

function entityTables(entities: readonly unknown[]): Map<string, string> {
  const tables = new Map<string, string>();
  for (const entity of entities) {
    if (typeof entity !== 'function') continue;
    const table = getMetadataArgsStorage().tables.find((args) => args.target === entity);
    if (table) tables.set(qualified(table.schema ?? 'public', table.name ?? entity.name), entity.name);
  }
  return tables;
}

/** The tables a module owns: created by its migrations, mapped by its entities, sorted by name. */
export function tableFactsOf(migrations: Function[], entities: readonly unknown[]): TableFact[] {
  const created = tablesCreatedBy(migrations);
  const mapped = entityTables(entities);
  return [...new Set([...created.keys(), ...mapped.keys()])]
    .sort()
    .map((table) => ({ table, entity: mapped.get(table), createdBy: created.get(table) }));
}
