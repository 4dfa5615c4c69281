"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REPLAY_METHOD = void 0;
exports.seedRatingHistory = seedRatingHistory;
exports.measureReplay = measureReplay;
const node_perf_hooks_1 = require("node:perf_hooks");
const apply_rating_summary_handler_1 = require("../../src/modules/catalog/event-handlers/apply-rating-summary.handler");
const contracts_1 = require("../../src/modules/rating/contracts");
const module_registry_1 = require("../../src/module-registry");
const open_database_1 = require("../../src/shared/database/open-database");
const event_registry_1 = require("../../src/shared/messaging/event-registry");
const stored_event_1 = require("../../src/shared/messaging/event-store/stored-event");
const TYPE = contracts_1.ProductRatingRecalculatedIntegrationEvent.type;
const PAGE = 1000;
exports.REPLAY_METHOD = `direct handler calls (no replay command exists yet): catalog.rating-summary re-applies stored ${TYPE} events ` +
    `read from messaging.event_store in pages of ${PAGE}, each validated by the event registry, one transaction per page, no inbox`;
/** `products` catalogue products with `versions` rating summaries each, stored as already-published events. */
async function seedRatingHistory(db, products, versions) {
    await db.query(`INSERT INTO catalog.products (id, sku, name, description, price_amount, price_currency, initial_stock, version)
     SELECT gen_random_uuid(), 'REPLAY-' || n, 'Replayed product ' || n, 'Rated many times', 1000, 'EUR', 0, 1
     FROM generate_series(1, $1) n`, [products]);
    await db.query(`INSERT INTO messaging.event_store
       (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload, published_at)
     SELECT gen_random_uuid(), $1, 'rating', 'rating.summary:' || p.id, v, now(), gen_random_uuid(), 'system',
            jsonb_build_object('productId', p.id, 'average', round((1 + (v % 5) * 0.8)::numeric, 2), 'count', v,
              'histogram', jsonb_build_object('1', 0, '2', 0, '3', v, '4', 0, '5', 0)), now()
     FROM catalog.products p CROSS JOIN generate_series(1, $2) v
     WHERE p.sku LIKE 'REPLAY-%' ORDER BY p.id, v`, [TYPE, versions]);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM messaging.event_store WHERE type = $1`, [TYPE]);
    return count;
}
/** Reads every stored event of the type in position order and applies it to catalog's rating projection. */
async function measureReplay(db) {
    const database = await (0, open_database_1.openDatabase)({ databaseUrl: db.url, dataDir: '.data', entities: [], migrations: [] });
    const registry = new event_registry_1.EventRegistry(module_registry_1.ALL_EVENTS);
    const handler = new apply_rating_summary_handler_1.ApplyRatingSummaryHandler();
    try {
        await db.query(`UPDATE catalog.products SET rating_version = 0, rating_count = 0, rating_average = 0`);
        let after = '0';
        let events = 0;
        const startedAt = node_perf_hooks_1.performance.now();
        for (;;) {
            const rows = await database.dataSource.query(`SELECT position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id,
                actor, payload, published_at
         FROM messaging.event_store WHERE type = $1 AND position > $2 ORDER BY position LIMIT $3`, [TYPE, after, PAGE]);
            if (rows.length === 0)
                break;
            await database.dataSource.transaction(async (manager) => {
                const tx = {
                    manager,
                    record: () => {
                        throw new Error('a replay records no events');
                    },
                };
                for (const row of rows) {
                    const event = registry.parse((0, stored_event_1.toEnvelope)((0, stored_event_1.toStoredEvent)(row)));
                    await handler.handle(event, tx);
                }
            });
            events += rows.length;
            after = String(rows[rows.length - 1].position);
        }
        return { events, eventsPerSec: events / ((node_perf_hooks_1.performance.now() - startedAt) / 1000) };
    }
    finally {
        await database.close();
    }
}
