import { DataSource } from 'typeorm';

export interface DataSourceOptions {
  url: string;
  entities: Function[];
  migrations: Function[];
  poolSize?: number;
  /** How long a query waits for a free pooled connection before failing (then mapped to 503). */
  acquireTimeoutMs?: number;
  /** Server-side cap per statement (SQLSTATE 57014 when cut, mapped to 503); 0 disables it. */
  statementTimeoutMs?: number;
  applicationName?: string;
}

/** TypeORM over `pg`; schema changes only by migrations, never `synchronize`. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
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
