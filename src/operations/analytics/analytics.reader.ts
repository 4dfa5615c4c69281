import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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

/** The position the rollups are folded up to, read in the same statement (one snapshot) as the rollups. */
const CHECKPOINT = `(SELECT position FROM analytics.rollup_checkpoint WHERE name = 'rollups')`;

/** Rollup levels of the measure totals, finest first. */
export const MEASURE_LEVELS: readonly Bucket[] = ['hour', 'day', 'month'];

/**
 * Answers analytics from the rollups plus the events after their checkpoint (the few the worker has
 * not folded yet), in one statement, so an answer is exact for what is committed when it is asked.
 */
@Injectable()
export class AnalyticsReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts per bucket and type in an aligned range, only non-zero ones, by bucket then type. */
  async eventCounts(bucket: Bucket, range: TimeRange, typePattern?: string): Promise<EventCount[]> {
    const values: unknown[] = [bucket, range.from.toISOString(), range.to.toISOString()];
    let type = 'true';
    if (typePattern !== undefined) {
      const condition = typeCondition(typePattern, '$4');
      type = condition.sql;
      values.push(condition.value);
    }
    const rows: { bucket: Date; type: string; count: string }[] = await this.dataSource.query(
      `SELECT bucket, type, sum(count)::bigint::text AS count FROM (
         SELECT bucket, type, count FROM analytics.event_counts
         WHERE level = $1 AND bucket >= $2 AND bucket < $3 AND ${type}
         UNION ALL
         SELECT date_trunc($1, occurred_at, 'UTC'), type, count(*) FROM messaging.event_store
         WHERE position > ${CHECKPOINT} AND occurred_at >= $2 AND occurred_at < $3 AND ${type}
         GROUP BY 1, 2
       ) counted
       GROUP BY bucket, type ORDER BY bucket, type`,
      values,
    );
    return rows.map((row) => ({ bucket: row.bucket.toISOString(), type: row.type, count: Number(row.count) }));
  }

  /** The subjects with the highest totals of a measure in an hour-aligned range, ties by id. */
  async top(measure: RolledMeasure, range: TimeRange, limit: number): Promise<SubjectTotal[]> {
    const segments = coverRange(range, MEASURE_LEVELS);
    const rows: { id: string; total: string }[] = await this.dataSource.query(
      `SELECT subject_id AS id, sum(total)::bigint::text AS total FROM (
         SELECT t.subject_id, t.total
         FROM unnest($6::text[], $7::timestamptz[], $8::timestamptz[]) AS s (level, starts, ends)
         JOIN analytics.measure_totals t
           ON t.measure = $1 AND t.level = s.level AND t.bucket >= s.starts AND t.bucket < s.ends
         UNION ALL
         SELECT lower(payload->>$3), coalesce((payload->>$4)::bigint, 1) FROM messaging.event_store
         WHERE position > ${CHECKPOINT} AND type = $2 AND occurred_at >= $9 AND occurred_at < $10
           AND payload->>$3 IS NOT NULL
       ) totals
       GROUP BY subject_id ORDER BY sum(total) DESC, subject_id LIMIT $5`,
      [
        measure.key,
        measure.type,
        measure.field,
        measure.amount,
        limit,
        segments.map((segment) => segment.level),
        segments.map((segment) => segment.from.toISOString()),
        segments.map((segment) => segment.to.toISOString()),
        range.from.toISOString(),
        range.to.toISOString(),
      ],
    );
    return rows.map((row) => ({ id: row.id, total: Number(row.total) }));
  }
}
