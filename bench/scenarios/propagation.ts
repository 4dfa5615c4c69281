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
  /** Where the time goes: each milestone of a review's path, in ms after its event was recorded. */
  breakdown: Record<Milestone, { p50Ms: number | null; p99Ms: number | null }>;
  /**
   * Per server process, the share of the writing and draining time its event loop was busy (0–1): near
   * 1 the process has no time left and every delivery queues, whatever the broker's own latency.
   */
  loopUtilization: Record<string, number | null>;
}

/**
 * The milestones of one review's path, all on the machine's one wall clock: the event recorded in
 * the write transaction (`occurred_at`, the zero), the `201` at the client, the relay marking it
 * published after the broker's confirm (`published_at`), the search consumer's transaction starting
 * (`inbox.processed_at`), its row written in that transaction, and the commit seen by a listener.
 */
export const MILESTONES = ['acknowledged', 'published', 'consumerStarted', 'rowWritten', 'visible'] as const;
export type Milestone = (typeof MILESTONES)[number];

/**
 * Makes the search module's read model announce each review the moment it commits: a trigger on
 * `search.reviews` (in the benchmark's own database only) notifies with the review id.
 */
export async function installVisibilityProbe(db: Pick<BenchDatabase, 'query'>): Promise<void> {
  await db.query(`
    CREATE OR REPLACE FUNCTION public.bench_review_indexed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('${CHANNEL}', NEW.review_id::text || ' ' || (extract(epoch FROM clock_timestamp()) * 1000)::text);
      RETURN NEW;
    END $$`);
  await db.query(`DROP TRIGGER IF EXISTS bench_review_indexed ON search.reviews`);
  await db.query(`CREATE TRIGGER bench_review_indexed AFTER INSERT ON search.reviews
                  FOR EACH ROW EXECUTE FUNCTION public.bench_review_indexed()`);
}

/** Review writes and the moments each was acknowledged (201) and became visible in the search read model. */
export class PropagationProbe {
  private readonly visibleAt = new Map<string, number>();
  private readonly acknowledgedAt = new Map<string, number>();
  /** Wall-clock milestones (epoch ms) per review id, for the breakdown. */
  private readonly wallClock = new Map<string, Partial<Record<Milestone, number>>>();
  failedWrites = 0;

  private constructor(private readonly listener: Client) {
    listener.on('notification', (message) => {
      if (!message.payload) return;
      const [id, rowWritten] = message.payload.split(' ');
      this.visibleAt.set(id, performance.now());
      this.milestones(id).rowWritten = Number(rowWritten);
      this.milestones(id).visible = Date.now();
    });
  }

  private milestones(id: string): Partial<Record<Milestone, number>> {
    let milestones = this.wallClock.get(id);
    if (!milestones) this.wallClock.set(id, (milestones = {}));
    return milestones;
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
        this.milestones(response.body.id).acknowledged = Date.now();
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

  /**
   * Per milestone, p50/p99 of its time after the review's event was recorded, for `ids`: the event
   * store (`occurred_at`, `published_at`) read from `eventStoreUrl`, the search consumers' inbox
   * (the latest of them, the one that made the row) from `searchDatabaseUrl`.
   */
  async breakdown(
    ids: readonly string[],
    eventStoreUrl: string,
    searchDatabaseUrl: string,
  ): Promise<PropagationResult['breakdown']> {
    const events = await queryOnce<{ id: string; event_id: string; occurred: number; published: number | null }>(
      eventStoreUrl,
      `SELECT payload->>'reviewId' AS id, event_id, extract(epoch FROM occurred_at) * 1000 AS occurred,
              extract(epoch FROM published_at) * 1000 AS published
         FROM messaging.event_store WHERE type LIKE 'reviews.review-added.%' AND payload->>'reviewId' = ANY($1)`,
      [ids],
    );
    const started = await queryOnce<{ event_id: string; started: number }>(
      searchDatabaseUrl,
      `SELECT event_id, extract(epoch FROM max(processed_at)) * 1000 AS started FROM messaging.inbox
        WHERE consumer LIKE 'search%' AND event_id = ANY($1) GROUP BY event_id`,
      [events.map((event) => event.event_id)],
    );
    const startedAt = new Map(started.map((row) => [row.event_id, Number(row.started)]));
    const offsets = Object.fromEntries(MILESTONES.map((milestone) => [milestone, [] as number[]])) as Record<
      Milestone,
      number[]
    >;
    for (const event of events) {
      const zero = Number(event.occurred);
      const at: Partial<Record<Milestone, number>> = {
        ...this.wallClock.get(event.id),
        published: event.published === null ? undefined : Number(event.published),
        consumerStarted: startedAt.get(event.event_id),
      };
      for (const milestone of MILESTONES) {
        const moment = at[milestone];
        if (moment !== undefined) offsets[milestone].push(moment - zero);
      }
    }
    return Object.fromEntries(
      MILESTONES.map((milestone) => [
        milestone,
        { p50Ms: round1(percentile(offsets[milestone], 0.5)), p99Ms: round1(percentile(offsets[milestone], 0.99)) },
      ]),
    ) as PropagationResult['breakdown'];
  }

  close(): Promise<void> {
    return this.listener.end();
  }
}

async function queryOnce<Row>(url: string, sql: string, params: unknown[]): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/**
 * Writes reviews at a steady `rate` per second for `durationS` and measures, per review, the time from
 * its 201 to its row committing in the search module's read model (0 when it was already there), and
 * the breakdown along its path (`eventStoreUrl`: the reviews module's database when it has its own).
 */
export async function measurePropagation(
  baseUrl: string,
  searchDatabaseUrl: string,
  pairs: ReturnType<typeof reviewPairs>,
  rate: number,
  durationS: number,
  servers: readonly ServerProcess[],
  eventStoreUrl = searchDatabaseUrl,
): Promise<PropagationResult> {
  const probe = await PropagationProbe.listen(searchDatabaseUrl);
  try {
    const loop = await LoopWatch.start(servers);
    const ids = await probe.writeSteadily(baseUrl, pairs, rate, durationS);
    if (probe.failedWrites > 0) throw new Error(`${probe.failedWrites} review writes failed`);
    await probe.drain(ids, 15000);
    const loopUtilization = await loop.utilization();
    const latencies = probe.latencies(ids);
    return {
      writes: ids.length,
      p50Ms: round1(percentile(latencies, 0.5)),
      p99Ms: round1(percentile(latencies, 0.99)),
      missing: ids.length - latencies.length,
      breakdown: await probe.breakdown(ids, eventStoreUrl, searchDatabaseUrl),
      loopUtilization,
    };
  } finally {
    await probe.close();
  }
}

/** Each server's event-loop busy time, read at the start and the end of a phase. */
class LoopWatch {
  private constructor(
    private readonly servers: readonly ServerProcess[],
    private readonly busyAtStart: (number | null)[],
    private readonly startedAt: number,
  ) {}

  static async start(servers: readonly ServerProcess[]): Promise<LoopWatch> {
    const busy = await Promise.all(servers.map((server) => server.loopBusySeconds()));
    return new LoopWatch(servers, busy, performance.now());
  }

  async utilization(): Promise<Record<string, number | null>> {
    const elapsedS = (performance.now() - this.startedAt) / 1000;
    const busy = await Promise.all(this.servers.map((server) => server.loopBusySeconds()));
    return Object.fromEntries(
      this.servers.map((server, index) => {
        const [start, end] = [this.busyAtStart[index], busy[index]];
        const share = start === null || end === null ? null : Math.round(((end - start) / elapsedS) * 100) / 100;
        return [server.name, share];
      }),
    );
  }
}
