import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Histogram } from '../domain/histogram';
import { TrendBucket, TrendPoint } from '../domain/rating-trend';

interface PointRow {
  bucket: Date;
  h1: number;
  h2: number;
  h3: number;
  h4: number;
  h5: number;
}

const toHistogram = (row: PointRow): Histogram => ({ 1: row.h1, 2: row.h2, 3: row.h3, 4: row.h4, 5: row.h5 });

/** Reads and writes `rating.trend_points`, the rating-trend projection. */
@Injectable()
export class RatingTrendRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores points, each replacing a stored one of the same bucket only if it is of a later version. */
  async save(manager: EntityManager, points: readonly TrendPoint[]): Promise<void> {
    if (points.length === 0) return;
    const column = (pick: (point: TrendPoint) => unknown) => points.map(pick);
    await manager.query(
      `INSERT INTO rating.trend_points AS p (product_id, level, bucket, h1, h2, h3, h4, h5, version)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::integer[], $5::integer[], $6::integer[],
                            $7::integer[], $8::integer[], $9::integer[])
       ON CONFLICT (product_id, level, bucket) DO UPDATE
       SET h1 = EXCLUDED.h1, h2 = EXCLUDED.h2, h3 = EXCLUDED.h3, h4 = EXCLUDED.h4, h5 = EXCLUDED.h5,
           version = EXCLUDED.version
       WHERE p.version < EXCLUDED.version`,
      [
        column((point) => point.productId),
        column((point) => point.level),
        column((point) => point.bucket.toISOString()),
        column((point) => point.histogram[1]),
        column((point) => point.histogram[2]),
        column((point) => point.histogram[3]),
        column((point) => point.histogram[4]),
        column((point) => point.histogram[5]),
        column((point) => point.version),
      ],
    );
  }

  /** The points of `[from, to)`, and the histogram of the last point before `from` if any. */
  async between(
    productId: string,
    level: TrendBucket,
    from: Date,
    to: Date,
  ): Promise<{ points: { bucket: Date; histogram: Histogram }[]; before?: Histogram }> {
    const [rows, before]: [PointRow[], PointRow[]] = await Promise.all([
      this.dataSource.query(
        `SELECT bucket, h1, h2, h3, h4, h5 FROM rating.trend_points
         WHERE product_id = $1 AND level = $2 AND bucket >= $3 AND bucket < $4 ORDER BY bucket`,
        [productId, level, from.toISOString(), to.toISOString()],
      ),
      this.dataSource.query(
        `SELECT bucket, h1, h2, h3, h4, h5 FROM rating.trend_points
         WHERE product_id = $1 AND level = $2 AND bucket < $3 ORDER BY bucket DESC LIMIT 1`,
        [productId, level, from.toISOString()],
      ),
    ]);
    return {
      points: rows.map((row) => ({ bucket: row.bucket, histogram: toHistogram(row) })),
      before: before.length > 0 ? toHistogram(before[0]) : undefined,
    };
  }
}
