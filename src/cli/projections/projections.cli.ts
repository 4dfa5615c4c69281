import { Presets, SingleBar } from 'cli-progress';
import { ALL_PROJECTIONS, MODULES, entitiesFor, migrationsFor } from '../../module-registry';
import { loadAppConfig } from '../../load-app-config';
import { openDatabase } from '../../shared/database/open-database';
import { CliError, parseCli, runCli } from '../cli-program';
import { projectionStatus } from './projection-status';
import { rebuildProjection } from './rebuild-projection';

const NAMES = ALL_PROJECTIONS.map(({ projection }) => projection.name);

const HELP = `
Rebuilds read models (projections) from the event store, or shows how far each one is.

usage: npm run projections -- rebuild <name|all>
       npm run projections -- status

projections: ${NAMES.join(', ')}

A rebuild replays the stored events into a scratch database, then swaps the result in while the
API keeps serving. Uses DATABASE_URL, or the embedded database in DATA_DIR: through the server
when one runs there (never a second copy of its files).
`;

runCli('projections', async () => {
  const { positionals } = parseCli({ name: 'projections', help: HELP, options: {}, positionals: true });
  const [command, target, ...extra] = positionals;
  const valid =
    extra.length === 0 &&
    ((command === 'status' && target === undefined) ||
      (command === 'rebuild' && (target === 'all' || NAMES.includes(target))));
  if (!valid) {
    const what =
      command === 'rebuild' ? `unknown projection "${target ?? ''}"` : `unknown command "${positionals.join(' ')}"`;
    throw new CliError(`${what}: use rebuild <${NAMES.join('|')}|all> or status (see --help)`);
  }
  const config = loadAppConfig();
  const live = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    entities: entitiesFor(MODULES),
    migrations: migrationsFor(MODULES),
    applicationName: 'ecomm:projections',
    shareRunningServer: true,
  });
  try {
    if (live.sharedWith) console.log(`through the database of ${live.sharedWith}`);
    if (command === 'status') {
      console.table(await projectionStatus(live.dataSource, live.connection));
      return;
    }
    for (const name of target === 'all' ? NAMES : [target]) {
      const bar = new SingleBar(
        { format: `${name} [{bar}] {value}/{total} events | {eps} events/s | ETA {eta_formatted}`, hideCursor: true },
        Presets.shades_classic,
      );
      const started = Date.now();
      let done = 0;
      const result = await rebuildProjection({
        live: live.dataSource,
        liveConnection: live.connection,
        config,
        projection: name,
        progress: {
          start: (total, resumed) => {
            if (resumed) console.log(`${name}: resuming an interrupted rebuild`);
            bar.start(total, 0, { eps: 0 });
          },
          advance: (applied) => {
            done += applied;
            bar.update(done, { eps: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)) });
          },
        },
      });
      bar.stop();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `${name}: ${result.replayed} events replayed, ${result.caughtUp} caught up, swapped in after ${seconds} s`,
      );
    }
  } finally {
    await live.close();
  }
});
