import { DataSource, EntityManager } from 'typeorm';

const COPY_BATCH = 10_000;

interface TableName {
  qualified: string;
  schema: string;
  name: string;
}

function parse(table: string): TableName {
  const [schema, name] = table.split('.');
  return { qualified: `"${schema}"."${name}"`, schema, name };
}

const shadowOf = (table: TableName) => `"${table.schema}"."${table.name}__shadow"`;

/**
 * Copies a projection's tables from the scratch database into `<table>__shadow` twins of the live
 * tables (same columns, defaults, constraints, indexes and generated columns via `LIKE … INCLUDING
 * ALL`, and the same storage parameters, which LIKE leaves out), then renames them into place.
 */
export class ShadowTables {
  private readonly tables: TableName[];

  constructor(
    private readonly live: DataSource,
    private readonly scratch: DataSource,
    tables: readonly string[],
  ) {
    this.tables = tables.map(parse);
  }

  /** (Re)creates every shadow table and fills it from the scratch database. */
  async fill(manager: EntityManager = this.live.manager): Promise<void> {
    for (const table of this.tables) {
      await manager.query(`DROP TABLE IF EXISTS ${shadowOf(table)}`);
      const [{ options }]: { options: string | null }[] = await manager.query(
        `SELECT array_to_string(reloptions, ', ') AS options FROM pg_class WHERE oid = $1::regclass`,
        [table.qualified],
      );
      await manager.query(
        `CREATE TABLE ${shadowOf(table)} (LIKE ${table.qualified} INCLUDING ALL)${options ? ` WITH (${options})` : ''}`,
      );
      await this.copy(table, manager);
    }
  }

  /** Puts the shadow tables in place of the live ones; run in the transaction holding the projection lock. */
  async swap(manager: EntityManager): Promise<void> {
    for (const table of this.tables) {
      await manager.query(`ALTER TABLE ${table.qualified} RENAME TO "${table.name}__old"`);
      await manager.query(`ALTER TABLE ${shadowOf(table)} RENAME TO "${table.name}"`);
      await manager.query(`DROP TABLE "${table.schema}"."${table.name}__old"`);
    }
  }

  /** Copies page by page in primary-key order, each page starting after the last key copied (no OFFSET rescans). */
  private async copy(table: TableName, manager: EntityManager): Promise<void> {
    // Generated columns (search.documents.document) are computed again on insert.
    const columns: { name: string }[] = await manager.query(
      `SELECT quote_ident(attname) AS name FROM pg_attribute
       WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
      [table.qualified],
    );
    const keys: { name: string }[] = await manager.query(
      `SELECT quote_ident(a.attname) AS name FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
       WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
      [table.qualified],
    );
    if (keys.length === 0) throw new Error(`projection table ${table.qualified} has no primary key`);
    const list = columns.map((column) => column.name).join(', ');
    const key = keys.map((column) => column.name).join(', ');
    const descending = keys.map((column) => `${column.name} DESC`).join(', ');
    const keyObject = keys.map((column) => `'${column.name.replace(/"/g, '')}', ${column.name}`).join(', ');
    let after: string | null = null;
    for (;;) {
      const [page]: { rows: string | null; last: string | null }[] = await this.scratch.query(
        `SELECT json_agg(t ORDER BY ${key})::text AS rows, (array_agg(json_build_object(${keyObject}) ORDER BY ${descending}))[1]::text AS last
         FROM (SELECT ${list} FROM ${table.qualified}
               WHERE $1::json IS NULL OR (${key}) > (SELECT ${key} FROM json_populate_record(NULL::${table.qualified}, $1::json))
               ORDER BY ${key} LIMIT $2) t`,
        [after, COPY_BATCH],
      );
      if (!page.rows) return;
      await manager.query(
        `INSERT INTO ${shadowOf(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${shadowOf(table)}, $1::json)`,
        [page.rows],
      );
      after = page.last;
    }
  }
}
