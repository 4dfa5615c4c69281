/**
 * A read model a module keeps from events, declared once by the module and named by the handlers
 * that feed it (`@OnIntegrationEvent(…, { projection })`). `npm run projections -- rebuild <name>`
 * replays the event store into those handlers and swaps the result in.
 */
export interface Projection {
  /** Unique across modules, e.g. `search-index`. */
  readonly name: string;
  /** Schema-qualified tables the handlers maintain and a rebuild replaces, e.g. `search.documents`. */
  readonly tables: readonly string[];
}

const NAME = /^[a-z][a-z0-9-]*$/;
const TABLE = /^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/;

/** Declares a projection; a malformed name or table fails when the module is loaded, not when it is rebuilt. */
export function defineProjection(projection: Projection): Projection {
  if (!NAME.test(projection.name)) throw new Error(`projection name must be kebab-case, got "${projection.name}"`);
  const bad = projection.tables.find((table) => !TABLE.test(table));
  if (bad !== undefined || projection.tables.length === 0) {
    throw new Error(`projection ${projection.name} must name its tables as schema.table, got "${bad ?? ''}"`);
  }
  return Object.freeze({ ...projection, tables: Object.freeze([...projection.tables]) });
}
