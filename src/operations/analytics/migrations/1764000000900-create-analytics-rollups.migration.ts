import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The analytics rollups: event counts per (bucket, type) at minute, hour and day level, per-subject
 * measure totals at hour, day and month level, and the event-store position they are folded up to.
 * They start empty at position 0: the rollup worker folds the existing history in on first start.
 * The keys include the value, so a query reads the index alone (an index-only scan), not the rows.
 */
export class CreateAnalyticsRollups1764000000900 implements MigrationInterface {
  name = 'CreateAnalyticsRollups1764000000900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS analytics`);
    await db.query(`
      CREATE TABLE analytics.event_counts (
        level text NOT NULL,
        bucket timestamptz NOT NULL,
        type text NOT NULL,
        count bigint NOT NULL,
        PRIMARY KEY (level, bucket, type) INCLUDE (count)
      )`);
    await db.query(`
      CREATE TABLE analytics.measure_totals (
        measure text NOT NULL,
        level text NOT NULL,
        bucket timestamptz NOT NULL,
        subject_id text NOT NULL,
        total bigint NOT NULL,
        PRIMARY KEY (measure, level, bucket, subject_id) INCLUDE (total)
      )`);
    await db.query(`
      CREATE TABLE analytics.rollup_checkpoint (
        name text PRIMARY KEY,
        position bigint NOT NULL
      )`);
    await db.query(`INSERT INTO analytics.rollup_checkpoint (name, position) VALUES ('rollups', 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA analytics CASCADE`);
  }
}
