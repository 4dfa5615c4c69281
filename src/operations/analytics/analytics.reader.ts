import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { typeCondition } from '../event-log/event-type-pattern';
import { RolledMeasure } from './declared-measures';
import { Bucket, TimeRange, coverRange } from '../../shared/time/time-bucket';

/** The events of one type in one bucket. */
export interface EventCount {
  bucket: string;
  type: string;
  count: number;
}

/** A subject and how much of a measure it got. */
export interface SubjectTotal {
  id: string;
  total: number;
}

/** Rollup levels of the measure totals, finest first. */
export const MEASURE_LEVELS: readonly Bucket[] = ['hour', 'day', 'month'];

/**
 * Answers analytics from the rollups plus the events after their checkpoint (the few the worker has
 * not folded yet), in one statement, so an answer is exact for what is committed when it is asked.
 */
@Injectable()
export class AnalyticsReader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `statement` with the checkpoint as of the same snapshot (a repeatable-read transaction), so
   * the rollups and the events after the checkpoint never overlap nor leave a gap, even while the
   * worker folds or a rebuild resets. Passing the checkpoint as a value also tells the planner the
   * tail is short: an index scan, no parallel workers.
   */
  private read<T>(statement: (query: EntityManager['query'], checkpoint: string) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [row] = await manager.query(
        `SELECT position::text AS position FROM analytics.rollup_checkpoint WHERE name = 'rollups'`,
      );
      return statement((sql, parameters) => manager.query(sql, parameters), row.position);
    });
  }

  /** Counts per bucket and type in an aligned range, only non-zero ones, by bucket then type. */
  eventCounts(bucket: Bucket, range: TimeRange, typePattern?: string): Promise<EventCount[]> {
    return this.read(async (query, checkpoint) => {
      const values: unknown[] = [bucket, range.from.toISOString(), range.to.toISOString(), checkpoint];
      let type = 'true';
      if (typePattern !== undefined) {
        const condition = typeCondition(typePattern, '$5');
        type = condition.sql;
        values.push(condition.value);
      }
      // Formatted by PostgreSQL: parsing thousands of timestamps into Dates would cost the process more than the query.
      return query(
        `SELECT to_char(bucket AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS bucket, type,
                sum(count)::float8 AS count
         FROM (
           SELECT bucket, type, count FROM analytics.event_counts
           WHERE level = $1 AND bucket >= $2 AND bucket < $3 AND ${type}
           UNION ALL
           SELECT date_trunc($1, occurred_at, 'UTC'), type, count(*) FROM messaging.event_store
           WHERE position > $4 AND occurred_at >= $2 AND occurred_at < $3 AND ${type}
           GROUP BY 1, 2
         ) counted
         GROUP BY counted.bucket, type ORDER BY counted.bucket, type`,
        values,
      );
    });
  }

  /** The subjects with the highest totals of a measure in an hour-aligned range, ties by id. */
  top(measure: RolledMeasure, range: TimeRange, limit: number): Promise<SubjectTotal[]> {
    return this.read(async (query, checkpoint) => {
      const { key, type, field, amount } = measure;
      const values: unknown[] = [key, type, field, amount, limit, range.from.toISOString(), range.to.toISOString()];
      values.push(checkpoint);
      // One range scan of the key per segment: a join with the segments as rows is planned as a scan of all.
      const rolled = coverRange(range, MEASURE_LEVELS).map((segment) => {
        values.push(segment.level, segment.from.toISOString(), segment.to.toISOString());
        const [level, from, to] = [values.length - 2, values.length - 1, values.length];
        return `SELECT subject_id, total FROM analytics.measure_totals
                WHERE measure = $1 AND level = $${level} AND bucket >= $${from} AND bucket < $${to}`;
      });
      const rows: { id: string; total: string }[] = await query(
        `SELECT subject_id AS id, sum(total)::bigint::text AS total FROM (
           ${[...rolled, ''].join(' UNION ALL ')}
           SELECT lower(payload->>$3), coalesce((payload->>$4)::bigint, 1) FROM messaging.event_store
           WHERE position > $8 AND type = $2 AND occurred_at >= $6 AND occurred_at < $7 AND payload->>$3 IS NOT NULL
         ) totals
         GROUP BY subject_id ORDER BY sum(total) DESC, subject_id LIMIT $5`,
        values,
      );
      return rows.map((row) => ({ id: row.id, total: Number(row.total) }));
    });
  }
}
