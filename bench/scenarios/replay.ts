import { performance } from 'node:perf_hooks';
import { ApplyRatingSummaryHandler } from '../../src/modules/catalog/event-handlers/apply-rating-summary.handler';
import { ProductRatingRecalculatedIntegrationEvent } from '../../src/modules/rating/contracts';
import { ALL_EVENTS } from '../../src/module-registry';
import { openDatabase } from '../../src/shared/database/open-database';
import { EventRegistry } from '../../src/shared/messaging/event-registry';
import { EventStoreRow, toEnvelope, toStoredEvent } from '../../src/shared/messaging/event-store/stored-event';
import { Transaction } from '../../src/shared/messaging/unit-of-work';
import { BenchDatabase } from '../lib/database';

const TYPE = ProductRatingRecalculatedIntegrationEvent.type;
const PAGE = 1000;

export const REPLAY_METHOD =
  `direct handler calls (no replay command exists yet): catalog.rating-summary re-applies stored ${TYPE} events ` +
  `read from messaging.event_store in pages of ${PAGE}, each validated by the event registry, one transaction per page, no inbox`;

/** `products` catalogue products with `versions` rating summaries each, stored as already-published events. */
export async function seedRatingHistory(db: BenchDatabase, products: number, versions: number): Promise<number> {
  await db.query(
    `INSERT INTO catalog.products (id, sku, name, description, price_amount, price_currency, initial_stock, version)
     SELECT gen_random_uuid(), 'REPLAY-' || n, 'Replayed product ' || n, 'Rated many times', 1000, 'EUR', 0, 1
     FROM generate_series(1, $1) n`,
    [products],
  );
  await db.query(
    `INSERT INTO messaging.event_store
       (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload, published_at)
     SELECT gen_random_uuid(), $1, 'rating', 'rating.summary:' || p.id, v, now(), gen_random_uuid(), 'system',
            jsonb_build_object('productId', p.id, 'average', round((1 + (v % 5) * 0.8)::numeric, 2), 'count', v,
              'histogram', jsonb_build_object('1', 0, '2', 0, '3', v, '4', 0, '5', 0)), now()
     FROM catalog.products p CROSS JOIN generate_series(1, $2) v
     WHERE p.sku LIKE 'REPLAY-%' ORDER BY p.id, v`,
    [TYPE, versions],
  );
  const [{ count }] = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM messaging.event_store WHERE type = $1`,
    [TYPE],
  );
  return count;
}

/** Reads every stored event of the type in position order and applies it to catalog's rating projection. */
export async function measureReplay(db: BenchDatabase): Promise<{ events: number; eventsPerSec: number }> {
  const database = await openDatabase({ databaseUrl: db.url, dataDir: '.data', entities: [], migrations: [] });
  const registry = new EventRegistry(ALL_EVENTS);
  const handler = new ApplyRatingSummaryHandler();
  try {
    await db.query(`UPDATE catalog.products SET rating_version = 0, rating_count = 0, rating_average = 0`);
    let after = '0';
    let events = 0;
    const startedAt = performance.now();
    for (;;) {
      const rows: EventStoreRow[] = await database.dataSource.query(
        `SELECT position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id,
                actor, payload, published_at
         FROM messaging.event_store WHERE type = $1 AND position > $2 ORDER BY position LIMIT $3`,
        [TYPE, after, PAGE],
      );
      if (rows.length === 0) break;
      await database.dataSource.transaction(async (manager) => {
        const tx = {
          manager,
          record: () => {
            throw new Error('a replay records no events');
          },
        };
        for (const row of rows) {
          const event = registry.parse(toEnvelope(toStoredEvent(row))) as ProductRatingRecalculatedIntegrationEvent;
          await handler.handle(event, tx as unknown as Transaction);
        }
      });
      events += rows.length;
      after = String(rows[rows.length - 1].position);
    }
    return { events, eventsPerSec: events / ((performance.now() - startedAt) / 1000) };
  } finally {
    await database.close();
  }
}
