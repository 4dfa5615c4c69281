import { openDatabase } from '../shared/database/open-database';
import { parseCli, runCli } from './cli-program';

const HELP = `
Applies the pending database migrations of the modules in APP_MODULES (all by default) and lists
what is applied. The server does this itself on start; this is for deploying the schema first.

usage: npm run migration:run

Uses DATABASE_URL, or the embedded database in DATA_DIR: through the server when one runs there.
`;

runCli('migration:run', async () => {
  parseCli({ name: 'migration:run', help: HELP, options: {} });
  // Loaded after the arguments are read: the registry loads every module, so --help stays instant.
  const { entitiesFor, migrationsFor, selectModules } = await import('../module-registry.js');
  const { loadAppConfig } = await import('../load-app-config.js');
  const config = loadAppConfig();
  const modules = selectModules(config.modules);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    entities: entitiesFor(modules),
    migrations: migrationsFor(modules),
    applicationName: 'ecomm:migrations',
    shareRunningServer: true,
  });
  try {
    if (database.sharedWith) console.log(`through the database of ${database.sharedWith}`);
    const applied: { name: string }[] = await database.dataSource.query(
      `SELECT name FROM schema_migrations ORDER BY id`,
    );
    console.log(
      `schema up to date: ${applied.length} migrations applied (${applied.map((row) => row.name).join(', ')})`,
    );
  } finally {
    await database.close();
  }
});
