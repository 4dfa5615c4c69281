import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { BenchDatabase } from '../lib/database';
import { postJson } from '../lib/http';
import { percentile, round1 } from '../lib/percentiles';
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
export async function installVisibilityProbe(db: Pick<BenchDatabase, 'query'>): Promise<void> {
  await db.query(`
    CREATE OR REPLACE FUNCTION public.bench_review_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('${CHANNEL}', NEW.review_id::text); RETURN NEW; END $$`);
  await db.query(`DROP TRIGGER IF EXISTS bench_review_indexed ON search.reviews`);
  await db.query(`CREATE TRIGGER bench_review_indexed AFTER INSERT ON search.reviews
                  FOR EACH ROW EXECUTE FUNCTION public.bench_review_indexed()`);
}

/** Review writes and the moments each was acknowledged (201) and became visible in the search read model. */
export class PropagationProbe {
  private readonly visibleAt = new Map<string, number>();
  private readonly acknowledgedAt = new Map<string, number>();
  failedWrites = 0;

  private constructor(private readonly listener: Client) {
    listener.on('notification', (message) => message.payload && this.visibleAt.set(message.payload, performance.now()));
  }

  /** Listens on the database that holds the search module's read model (with the probe installed). */
  static async listen(databaseUrl: string): Promise<PropagationProbe> {
    const listener = new Client({ connectionString: databaseUrl });
    await listener.connect();
    await listener.query(`LISTEN ${CHANNEL}`);
    return new PropagationProbe(listener);
  }

  /**
   * Posts one review per pair at a steady `rate` for `durationS`, on schedule whatever the responses
   * take (an open loop, as real customers arrive), and resolves when every response is in. Returns the
   * ids acknowledged; a write that failed is counted, not thrown, so an overloaded step still reports.
   */
  async writeSteadily(
    baseUrl: string,
    pairs: ReturnType<typeof reviewPairs>,
    rate: number,
    durationS: number,
  ): Promise<string[]> {
    const ids: string[] = [];
    const write = async () => {
      const { customer, productId } = pairs();
      try {
        const response = await postJson<{ id: string }>(
          `${baseUrl}/api/v1/products/${productId}/reviews`,
          REVIEW_BODY,
          {
            authorization: `Bearer ${customer.token}`,
          },
        );
        if (response.status !== 201) {
          this.failedWrites++;
          return;
        }
        this.acknowledgedAt.set(response.body.id, performance.now());
        ids.push(response.body.id);
      } catch {
        this.failedWrites++;
      }
    };
    const total = Math.round(rate * durationS);
    const writes: Promise<void>[] = [];
    const startedAt = performance.now();
    for (let index = 0; index < total; index++) {
      const wait = startedAt + (index * 1000) / rate - performance.now();
      if (wait > 1) await sleep(wait);
      writes.push(write());
    }
    await Promise.all(writes);
    return ids;
  }

  /** How many of `ids` are acknowledged but not yet visible. */
  backlog(ids: readonly string[]): number {
    return ids.filter((id) => !this.visibleAt.has(id)).length;
  }

  /** Waits until every one of `ids` is visible or `timeoutMs` passed; the milliseconds it took, or null. */
  async drain(ids: readonly string[], timeoutMs: number): Promise<number | null> {
    const startedAt = performance.now();
    while (this.backlog(ids) > 0) {
      if (performance.now() - startedAt > timeoutMs) return null;
      await sleep(10);
    }
    return performance.now() - startedAt;
  }

  /** Per visible id: 201 → visible in ms (0 when it was visible before its 201 arrived). */
  latencies(ids: readonly string[]): number[] {
    return ids.flatMap((id) => {
      const visible = this.visibleAt.get(id);
      return visible === undefined ? [] : [Math.max(0, visible - this.acknowledgedAt.get(id)!)];
    });
  }

  close(): Promise<void> {
    return this.listener.end();
  }
}

/**
 * Writes reviews at a steady `rate` per second for `durationS` and measures, per review, the time from
 * its 201 to its row committing in the search module's read model (0 when it was already there).
 */
export async function measurePropagation(
  baseUrl: string,
  searchDatabaseUrl: string,
  pairs: ReturnType<typeof reviewPairs>,
  rate: number,
  durationS: number,
): Promise<PropagationResult> {
  const probe = await PropagationProbe.listen(searchDatabaseUrl);
  try {
    const ids = await probe.writeSteadily(baseUrl, pairs, rate, durationS);
    if (probe.failedWrites > 0) throw new Error(`${probe.failedWrites} review writes failed`);
    await probe.drain(ids, 15000);
    const latencies = probe.latencies(ids);
    return {
      writes: ids.length,
      p50Ms: round1(percentile(latencies, 0.5)),
      p99Ms: round1(percentile(latencies, 0.99)),
      missing: ids.length - latencies.length,
    };
  } finally {
    await probe.close();
  }
}
