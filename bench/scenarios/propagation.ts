import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { BenchDatabase } from '../lib/database';
import { postJson } from '../lib/http';
import { percentile, round1 } from '../lib/percentiles';
import { ServerProcess } from '../lib/processes';
import { REVIEW_BODY, reviewPairs } from './write';

const CHANNEL = 'bench_review_indexed';

export interface PropagationResult {
  writes: number;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Acknowledged writes whose effect never became visible within the grace period. */
  missing: number;
}

/**
 * Makes the search module's read model announce each review the moment it commits: a trigger on
 * `search.reviews` (in the benchmark's own database only) notifies with the review id.
 */
export async function installVisibilityProbe(db: BenchDatabase): Promise<void> {
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
export async function measurePropagation(
  app: ServerProcess,
  db: BenchDatabase,
  pairs: ReturnType<typeof reviewPairs>,
  rate: number,
  durationS: number,
): Promise<PropagationResult> {
  const visibleAt = new Map<string, number>();
  const acknowledgedAt = new Map<string, number>();
  const listener = new Client({ connectionString: db.url });
  await listener.connect();
  listener.on('notification', (message) => message.payload && visibleAt.set(message.payload, performance.now()));
  await listener.query(`LISTEN ${CHANNEL}`);
  try {
    const write = async () => {
      const { customer, productId } = pairs();
      const response = await postJson<{ id: string }>(
        `${app.baseUrl}/api/v1/products/${productId}/reviews`,
        REVIEW_BODY,
        {
          authorization: `Bearer ${customer.token}`,
        },
      );
      const at = performance.now();
      if (response.status !== 201)
        throw new Error(`review write failed: ${response.status} ${JSON.stringify(response.body)}`);
      acknowledgedAt.set(response.body.id, at);
    };
    const total = rate * durationS;
    const writes: Promise<void>[] = [];
    const startedAt = performance.now();
    for (let index = 0; index < total; index++) {
      const due = startedAt + (index * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      writes.push(write());
    }
    await Promise.all(writes);
    const deadline = performance.now() + 15000;
    while ([...acknowledgedAt.keys()].some((id) => !visibleAt.has(id)) && performance.now() < deadline) await sleep(20);
    const latencies = [...acknowledgedAt].flatMap(([id, at]) => {
      const visible = visibleAt.get(id);
      return visible === undefined ? [] : [Math.max(0, visible - at)];
    });
    return {
      writes: acknowledgedAt.size,
      p50Ms: round1(percentile(latencies, 0.5)),
      p99Ms: round1(percentile(latencies, 0.99)),
      missing: acknowledgedAt.size - latencies.length,
    };
  } finally {
    await listener.end();
  }
}
