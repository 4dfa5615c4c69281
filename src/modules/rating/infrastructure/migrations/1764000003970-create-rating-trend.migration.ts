import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `rating.trend_points`: each product's rating summary as it stood at the end of every hour and day
 * in which it changed (the rating-trend projection). Existing history is folded in by rebuilding
 * the projection (`npm run projections -- rebuild rating-trend`).
 */
export class CreateRatingTrend1764000003970 implements MigrationInterface {
  name = 'CreateRatingTrend1764000003970';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rating.trend_points (
        product_id uuid NOT NULL,
        level text NOT NULL,
        bucket timestamptz NOT NULL,
        h1 integer NOT NULL CHECK (h1 >= 0),
        h2 integer NOT NULL CHECK (h2 >= 0),
        h3 integer NOT NULL CHECK (h3 >= 0),
        h4 integer NOT NULL CHECK (h4 >= 0),
        h5 integer NOT NULL CHECK (h5 >= 0),
        version integer NOT NULL,
        PRIMARY KEY (product_id, level, bucket)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rating.trend_points`);
  }
}
