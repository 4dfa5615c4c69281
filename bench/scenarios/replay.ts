import { performance } from 'node:perf_hooks';
import { rebuildProjection } from '../../src/cli/projections/rebuild-projection';
import { ProductCreatedV2IntegrationEvent } from '../../src/modules/catalog/contracts';
import { MODULES, entitiesFor, migrationsFor } from '../../src/module-registry';
import { loadAppConfig } from '../../src/load-app-config';
import { openDatabase } from '../../src/shared/database/open-database';
import { BenchDatabase } from '../lib/database';

export const REPLAY_PROJECTION = 'reviews-products';
const TYPE = ProductCreatedV2IntegrationEvent.type;

export const REPLAY_METHOD =
  `npm run projections -- rebuild ${REPLAY_PROJECTION} (rebuildProjection): ${TYPE} events replayed from the event ` +
  `store into the reviews module's handlers on a scratch database; events/s over the replay phase, the ` +
  `scratch database set-up, copy and swap reported separately`;

export interface ReplayResult {
  events: number;
  eventsPerSec: number;
  /** The whole rebuild: scratch database, replay, shadow tables and swap. */
  totalSeconds: number;
}

/** `count` product-created events, stored as already published (as a long-running shop has them). */
export async function seedProductHistory(db: BenchDatabase, count: number): Promise<void> {
  await db.query(
    `INSERT INTO messaging.event_store
       (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload, published_at)
     SELECT gen_random_uuid(), $1, 'catalog', 'catalog.product:' || id, 1, now(), gen_random_uuid(), 'bench-admin',
            jsonb_build_object('productId', id, 'sku', 'REPLAY-' || n, 'name', 'Replayed product ' || n,
              'description', 'Created long ago', 'price', jsonb_build_object('amount', 1000, 'currency', 'EUR'),
              'initialStock', 5, 'categories', jsonb_build_array('home')), now()
     FROM (SELECT n, gen_random_uuid() AS id FROM generate_series(1, $2) n) products`,
    [TYPE, count],
  );
}

/** Rebuilds the projection with the project's own command; a busy shared server may make it ask for a retry. */
export async function measureReplay(db: BenchDatabase): Promise<ReplayResult> {
  const config = loadAppConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'error' });
  const live = await openDatabase({
    databaseUrl: db.url,
    dataDir: '.data',
    entities: entitiesFor(MODULES),
    migrations: migrationsFor(MODULES),
  });
  try {
    for (let attempt = 1; ; attempt++) {
      let replayStartedAt = 0;
      let replayEndedAt = 0;
      const startedAt = performance.now();
      try {
        const result = await rebuildProjection({
          live: live.dataSource,
          liveConnection: live.connection,
          config,
          projection: REPLAY_PROJECTION,
          progress: {
            start: () => (replayStartedAt = performance.now()),
            advance: () => (replayEndedAt = performance.now()),
          },
        });
        return {
          events: result.replayed,
          eventsPerSec: result.replayed / ((replayEndedAt - replayStartedAt) / 1000),
          totalSeconds: (performance.now() - startedAt) / 1000,
        };
      } catch (error) {
        if (attempt >= 3 || !String(error).includes('try again')) throw error;
      }
    }
  } finally {
    await live.close();
  }
}
