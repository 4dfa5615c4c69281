import { DataSource } from 'typeorm';

export interface DataSourceOptions {
  url: string;
  entities: Function[];
  migrations: Function[];
  poolSize?: number;
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
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    },
  });
}
