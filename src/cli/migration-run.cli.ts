import { entitiesFor, migrationsFor, selectModules } from '../module-registry';
import { ConfigError } from '../shared/config/config-error';
import { loadAppConfig } from '../load-app-config';
import { openDatabase } from '../shared/database/open-database';

/** Applies pending migrations of the modules in APP_MODULES (the server also does this on start). */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const modules = selectModules(config.modules);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    entities: entitiesFor(modules),
    migrations: migrationsFor(modules),
    applicationName: 'ecomm:migrations',
  });
  try {
    const applied: { name: string }[] = await database.dataSource.query(
      `SELECT name FROM schema_migrations ORDER BY id`,
    );
    console.log(
      `schema up to date: ${applied.length} migrations applied (${applied.map((row) => row.name).join(', ')})`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exitCode = 1;
});
