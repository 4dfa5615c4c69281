import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../shared/config/app-config';
import { SettledPositions } from '../../shared/messaging/outbox/settled-positions';
import { DeclaredMeasures } from './declared-measures';

/** Events folded per transaction: large enough to amortise the statements, small enough to keep locks short. */
const BATCH = 50_000;
const IDLE_MS = 250;
const CHECKPOINT = 'rollups';

/** How far the rollups are folded and how many events one fold took in. */
export interface RollupProgress {
  position: bigint;
  folded: number;
}

/**
 * Keeps the analytics rollups: a catch-up worker that reads the event store by position after its
 * checkpoint, only up to the settled position (so no event committing later with a lower position is
 * skipped), and adds each batch to per-bucket counts and per-subject measure totals in one
 * transaction with the new checkpoint. Writers never touch the rollups, so they cost no write
 * throughput; readers add the events after the checkpoint at query time, so answers are exact.
 * Several instances on one database take turns on the checkpoint row and never fold an event twice.
 */
@Injectable()
export class AnalyticsRollupWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AnalyticsRollup');
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly settled: SettledPositions,
    private readonly measures: DeclaredMeasures,
  ) {}

  onApplicationBootstrap(): void {
    // A process hosting no module (a projection rebuild's scratch context) keeps no rollups.
    if (this.config.modules.length > 0) this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Folds every settled event not folded yet; returns the checkpoint reached. */
  async catchUp(): Promise<bigint> {
    const upTo = await this.settled.current();
    // Read without a lock first: an idle worker opens no transaction (each would hold a transaction id).
    const [row] = await this.dataSource.query(
      `SELECT position::text AS position FROM analytics.rollup_checkpoint WHERE name = $1`,
      [CHECKPOINT],
    );
    let position = BigInt(row.position);
    while (position < upTo) ({ position } = await this.foldBatch(upTo));
    return position;
  }

  /**
   * Empties the rollups and moves the checkpoint back to the start, in one transaction: the worker
   * then folds the whole history again, and answers stay exact meanwhile (read from the events).
   */
  async rebuild(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockCheckpoint(manager);
      await manager.query(`TRUNCATE analytics.event_counts, analytics.measure_totals`);
      await manager.query(`UPDATE analytics.rollup_checkpoint SET position = 0 WHERE name = $1`, [CHECKPOINT]);
    });
  }

  /** Folds the events after the checkpoint up to `upTo` (at most one batch). */
  foldBatch(upTo: bigint): Promise<RollupProgress> {
    return this.dataSource.transaction(async (manager) => {
      const from = await this.lockCheckpoint(manager);
      if (from >= upTo) return { position: from, folded: 0 };
      const to = from + BigInt(BATCH) < upTo ? from + BigInt(BATCH) : upTo;
      const range = [from.toString(), to.toString()];
      // The finest level is grouped from the events once; the wider levels from its rows, not again per event.
      const [counted] = await manager.query(
        `WITH minutes AS (
           SELECT date_trunc('minute', occurred_at, 'UTC') AS bucket, type, count(*) AS count
           FROM messaging.event_store WHERE position > $1 AND position <= $2
           GROUP BY 1, 2
         ), folded AS (
           INSERT INTO analytics.event_counts AS c (level, bucket, type, count)
           SELECT 'minute', bucket, type, count FROM minutes
           UNION ALL
           SELECT l.level, date_trunc(l.level, bucket, 'UTC'), type, sum(count)
           FROM minutes CROSS JOIN unnest('{hour,day}'::text[]) AS l (level)
           GROUP BY 1, 2, 3
           ON CONFLICT (level, bucket, type) DO UPDATE SET count = c.count + EXCLUDED.count
         )
         SELECT coalesce(sum(count), 0)::bigint::text AS events FROM minutes`,
        range,
      );
      const measures = this.measures.all;
      if (measures.length > 0) {
        await manager.query(
          `WITH hours AS (
             SELECT m.key, date_trunc('hour', e.occurred_at, 'UTC') AS bucket, lower(e.payload->>m.field) AS subject_id,
                    sum(coalesce((e.payload->>m.amount)::bigint, 1)) AS total
             FROM messaging.event_store e
             JOIN unnest($3::text[], $4::text[], $5::text[], $6::text[]) AS m (key, type, field, amount) ON e.type = m.type
             WHERE e.position > $1 AND e.position <= $2 AND e.payload->>m.field IS NOT NULL
             GROUP BY 1, 2, 3
           )
           INSERT INTO analytics.measure_totals AS t (measure, level, bucket, subject_id, total)
           SELECT key, 'hour', bucket, subject_id, total FROM hours
           UNION ALL
           SELECT key, l.level, date_trunc(l.level, bucket, 'UTC'), subject_id, sum(total)
           FROM hours CROSS JOIN unnest('{day,month}'::text[]) AS l (level)
           GROUP BY 1, 2, 3, 4
           ON CONFLICT (measure, level, bucket, subject_id) DO UPDATE SET total = t.total + EXCLUDED.total`,
          [
            ...range,
            measures.map((measure) => measure.key),
            measures.map((measure) => measure.type),
            measures.map((measure) => measure.field),
            measures.map((measure) => measure.amount),
          ],
        );
      }
      await manager.query(`UPDATE analytics.rollup_checkpoint SET position = $2 WHERE name = $1`, [CHECKPOINT, to]);
      return { position: to, folded: Number(counted.events) };
    });
  }

  private async lockCheckpoint(manager: EntityManager): Promise<bigint> {
    const [row] = await manager.query(
      `SELECT position::text AS position FROM analytics.rollup_checkpoint WHERE name = $1 FOR UPDATE`,
      [CHECKPOINT],
    );
    return BigInt(row.position);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.catchUp()
        .catch((error) => this.logger.warn(`rollup paused: ${error instanceof Error ? error.message : error}`))
        .then(() => this.schedule(IDLE_MS));
    }, delayMs);
  }
}
