"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openDatabase = openDatabase;
const typeorm_1 = require("typeorm");
const config_error_1 = require("../config/config-error");
const data_source_factory_1 = require("./data-source.factory");
const embedded_postgres_1 = require("./embedded-postgres");
function describe(url) {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}
/**
 * Several processes may start at once against one database (split mode): one migrates, the others
 * wait. Waiting for the lock and migrating big tables may outlast the pool's statement timeout, so
 * this one session lifts it, and restores it before going back to the pool.
 */
async function runMigrationsExclusively(dataSource) {
    const lock = dataSource.createQueryRunner();
    await lock.connect();
    try {
        await lock.query(`SET statement_timeout = 0`);
        await lock.query(`SELECT pg_advisory_lock(hashtext('ecomm:migrations'))`);
        const executor = new typeorm_1.MigrationExecutor(dataSource, lock);
        executor.transaction = 'each';
        await executor.executePendingMigrations();
    }
    finally {
        await lock.query(`SELECT pg_advisory_unlock(hashtext('ecomm:migrations'))`).catch(() => undefined);
        await lock.query(`RESET statement_timeout`).catch(() => undefined);
        await lock.release();
    }
}
/**
 * Connects to `databaseUrl`, or starts the embedded PGlite database under `dataDir` when it is
 * unset, then runs pending migrations. An unreachable database is a `ConfigError` naming the endpoint.
 */
async function openDatabase(options) {
    let embedded;
    if (!options.databaseUrl)
        embedded = await (0, embedded_postgres_1.startEmbeddedPostgres)(options.dataDir);
    const url = options.databaseUrl ?? embedded.url;
    const dataSource = (0, data_source_factory_1.createDataSource)({
        url,
        entities: options.entities,
        migrations: options.migrations,
        applicationName: options.applicationName,
        ...options.pool,
    });
    try {
        await dataSource.initialize();
    }
    catch (error) {
        await embedded?.stop();
        const reason = error instanceof Error ? error.message : String(error);
        throw new config_error_1.ConfigError(`DATABASE_URL: cannot connect to PostgreSQL at ${describe(url)} (${reason})`);
    }
    await runMigrationsExclusively(dataSource);
    return {
        dataSource,
        connection: { url, embedded: embedded !== undefined },
        async close() {
            if (dataSource.isInitialized)
                await dataSource.destroy();
            await embedded?.stop();
        },
    };
}
//# sourceMappingURL=open-database.js.map