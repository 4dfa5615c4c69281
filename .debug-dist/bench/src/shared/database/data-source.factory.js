"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createDataSource = createDataSource;
const typeorm_1 = require("typeorm");
/** TypeORM over `pg`; schema changes only by migrations, never `synchronize`. */
function createDataSource(options) {
    return new typeorm_1.DataSource({
        type: 'postgres',
        url: options.url,
        entities: options.entities,
        migrations: options.migrations,
        migrationsTableName: 'schema_migrations',
        synchronize: false,
        migrationsRun: false,
        // Errors surface as exceptions to the caller, which decides whether they are worth logging.
        logging: false,
        poolSize: options.poolSize ?? 20,
        extra: {
            application_name: options.applicationName ?? 'ecomm',
            connectionTimeoutMillis: options.acquireTimeoutMs ?? 5000,
            idleTimeoutMillis: 30000,
            // Sent as a startup parameter, so it is the session default that `RESET statement_timeout` restores.
            statement_timeout: options.statementTimeoutMs ?? 5000,
        },
    });
}
