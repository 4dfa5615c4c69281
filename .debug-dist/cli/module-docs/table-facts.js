"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tableFactsOf = tableFactsOf;
const typeorm_1 = require("typeorm");
const NAME = String.raw `"?(\w+)"?(?:\."?(\w+)"?)?`;
const CREATE_TABLE = new RegExp(String.raw `\bCREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}`, 'gi');
const DROP_TABLE = new RegExp(String.raw `\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?${NAME}`, 'gi');
const qualified = (first, second) => (second ? `${first}.${second}` : first);
/**
 * The tables a list of migrations leaves behind, read from the SQL in their `up` methods: every
 * `CREATE TABLE`, minus those a later migration drops.
 */
function tablesCreatedBy(migrations) {
    const tables = new Map();
    for (const migration of migrations) {
        const source = String(migration.prototype.up ?? '');
        for (const [, first, second] of source.matchAll(CREATE_TABLE))
            tables.set(qualified(first, second), migration.name);
        for (const [, first, second] of source.matchAll(DROP_TABLE))
            tables.delete(qualified(first, second));
    }
    return tables;
}
function entityTables(entities) {
    const tables = new Map();
    for (const entity of entities) {
        if (typeof entity !== 'function')
            continue;
        const table = (0, typeorm_1.getMetadataArgsStorage)().tables.find((args) => args.target === entity);
        if (table)
            tables.set(qualified(table.schema ?? 'public', table.name ?? entity.name), entity.name);
    }
    return tables;
}
/** The tables a module owns: created by its migrations, mapped by its entities, sorted by name. */
function tableFactsOf(migrations, entities) {
    const created = tablesCreatedBy(migrations);
    const mapped = entityTables(entities);
    return [...new Set([...created.keys(), ...mapped.keys()])]
        .sort()
        .map((table) => ({ table, entity: mapped.get(table), createdBy: created.get(table) }));
}
//# sourceMappingURL=table-facts.js.map