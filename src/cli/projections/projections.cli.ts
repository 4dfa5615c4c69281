import { Presets, SingleBar } from 'cli-progress';
import { ALL_PROJECTIONS, MODULES, entitiesFor, migrationsFor } from '../../module-registry';
import { ConfigError } from '../../shared/config/config-error';
import { loadAppConfig } from '../../load-app-config';
import { openDatabase } from '../../shared/database/open-database';
import { projectionStatus } from './projection-status';
import { rebuildProjection } from './rebuild-projection';

const USAGE = 'usage: projections rebuild <name|all> | projections status';

/** `projections rebuild <name|all>` replays projections from the event store; `projections status` shows their lag. */
async function main([command, target]: string[]): Promise<void> {
  const names = ALL_PROJECTIONS.map(({ projection }) => projection.name);
  if (command !== 'status' && !(command === 'rebuild' && (target === 'all' || names.includes(target)))) {
    throw new ConfigError(`${USAGE}\nprojections: ${names.join(', ')}`);
  }
  const config = loadAppConfig();
  const live = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    entities: entitiesFor(MODULES),
    migrations: migrationsFor(MODULES),
    applicationName: 'ecomm:projections',
  });
  try {
    if (command === 'status') {
      console.table(await projectionStatus(live.dataSource, live.connection));
      return;
    }
    for (const name of target === 'all' ? names : [target]) {
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
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
