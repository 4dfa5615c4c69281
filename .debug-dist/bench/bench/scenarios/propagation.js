"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.installVisibilityProbe = installVisibilityProbe;
exports.measurePropagation = measurePropagation;
const node_perf_hooks_1 = require("node:perf_hooks");
const promises_1 = require("node:timers/promises");
const pg_1 = require("pg");
const http_1 = require("../lib/http");
const percentiles_1 = require("../lib/percentiles");
const write_1 = require("./write");
const CHANNEL = 'bench_review_indexed';
/**
 * Makes the search module's read model announce each review the moment it commits: a trigger on
 * `search.reviews` (in the benchmark's own database only) notifies with the review id.
 */
async function installVisibilityProbe(db) {
    await db.query(`
    CREATE OR REPLACE FUNCTION public.bench_review_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('${CHANNEL}', NEW.review_id::text); RETURN NEW; END $$`);
    await db.query(`DROP TRIGGER IF EXISTS bench_review_indexed ON search.reviews`);
    await db.query(`CREATE TRIGGER bench_review_indexed AFTER INSERT ON search.reviews
                  FOR EACH ROW EXECUTE FUNCTION public.bench_review_indexed()`);
}
/**
 * Writes reviews at a steady `rate` per second for `durationS` and measures, per review, the time from
 * its 201 to its row committing in the search module's read model (0 when it was already there).
 */
async function measurePropagation(app, db, pairs, rate, durationS) {
    const visibleAt = new Map();
    const acknowledgedAt = new Map();
    const listener = new pg_1.Client({ connectionString: db.url });
    await listener.connect();
    listener.on('notification', (message) => message.payload && visibleAt.set(message.payload, node_perf_hooks_1.performance.now()));
    await listener.query(`LISTEN ${CHANNEL}`);
    try {
        const write = async () => {
            const { customer, productId } = pairs();
            const response = await (0, http_1.postJson)(`${app.baseUrl}/api/v1/products/${productId}/reviews`, write_1.REVIEW_BODY, {
                authorization: `Bearer ${customer.token}`,
            });
            const at = node_perf_hooks_1.performance.now();
            if (response.status !== 201)
                throw new Error(`review write failed: ${response.status} ${JSON.stringify(response.body)}`);
            acknowledgedAt.set(response.body.id, at);
        };
        const total = rate * durationS;
        const writes = [];
        const startedAt = node_perf_hooks_1.performance.now();
        for (let index = 0; index < total; index++) {
            const due = startedAt + (index * 1000) / rate;
            const wait = due - node_perf_hooks_1.performance.now();
            if (wait > 1)
                await (0, promises_1.setTimeout)(wait);
            writes.push(write());
        }
        await Promise.all(writes);
        const deadline = node_perf_hooks_1.performance.now() + 15000;
        while ([...acknowledgedAt.keys()].some((id) => !visibleAt.has(id)) && node_perf_hooks_1.performance.now() < deadline)
            await (0, promises_1.setTimeout)(20);
        const latencies = [...acknowledgedAt].flatMap(([id, at]) => {
            const visible = visibleAt.get(id);
            return visible === undefined ? [] : [Math.max(0, visible - at)];
        });
        return {
            writes: acknowledgedAt.size,
            p50Ms: (0, percentiles_1.round1)((0, percentiles_1.percentile)(latencies, 0.5)),
            p99Ms: (0, percentiles_1.round1)((0, percentiles_1.percentile)(latencies, 0.99)),
            missing: acknowledgedAt.size - latencies.length,
        };
    }
    finally {
        await listener.end();
    }
}
