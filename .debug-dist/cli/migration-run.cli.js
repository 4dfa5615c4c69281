"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const module_registry_1 = require("../module-registry");
const config_error_1 = require("../shared/config/config-error");
const load_config_1 = require("../shared/config/load-config");
const open_database_1 = require("../shared/database/open-database");
/** Applies pending migrations of the modules in APP_MODULES (the server also does this on start). */
async function main() {
    const config = (0, load_config_1.loadConfig)();
    const modules = (0, module_registry_1.selectModules)(config.modules);
    const database = await (0, open_database_1.openDatabase)({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        entities: (0, module_registry_1.entitiesFor)(modules),
        migrations: (0, module_registry_1.migrationsFor)(modules),
        applicationName: 'ecomm:migrations',
    });
    try {
        const applied = await database.dataSource.query(`SELECT name FROM schema_migrations ORDER BY id`);
        console.log(`schema up to date: ${applied.length} migrations applied (${applied.map((row) => row.name).join(', ')})`);
    }
    finally {
        await database.close();
    }
}
main().catch((error) => {
    console.error(error instanceof config_error_1.ConfigError ? `configuration error: ${error.message}` : error);
    process.exitCode = 1;
});
//# sourceMappingURL=migration-run.cli.js.map