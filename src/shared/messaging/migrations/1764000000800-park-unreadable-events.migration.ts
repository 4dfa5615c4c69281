import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dead letters say what kind of failure parked them, so redrive knows what to do with each:
 * `failed` (a handler gave up; redelivered to its module), `invalid` (not a valid event on arrival;
 * redelivered once it reads as one), `unauthentic` (published by an identity that does not own the
 * event's module; never redriven), `unpublishable` (a stored event the relay could not read; released
 * to the relay again once readable). `truncated` marks an envelope cut to the storage limit.
 *
 * The relay parks a stored event it cannot read (`parked_at`) instead of stalling every event after it.
 *
 * Timelines are found through subject indexes the kernel creates from the contracts' declarations
 * (`SubjectIndexes`); the indexes earlier versions created by hand for that go.
 */
export class ParkUnreadableEvents1764000000800 implements MigrationInterface {
  name = 'ParkUnreadableEvents1764000000800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE messaging.dead_letter
        ADD COLUMN kind text NOT NULL DEFAULT 'failed'
          CHECK (kind IN ('failed', 'invalid', 'unauthentic', 'unpublishable')),
        ADD COLUMN truncated boolean NOT NULL DEFAULT false`);
    await db.query(`UPDATE messaging.dead_letter SET kind = 'invalid' WHERE consumer LIKE '%.invalid-message'`);
    await db.query(`ALTER TABLE messaging.event_store ADD COLUMN parked_at timestamptz`);
    await db.query(`DROP INDEX IF EXISTS messaging.event_store_product_idx`);
    await db.query(`DROP INDEX IF EXISTS messaging.event_store_stream_tail_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE messaging.event_store DROP COLUMN parked_at`);
    await db.query(`ALTER TABLE messaging.dead_letter DROP COLUMN kind, DROP COLUMN truncated`);
  }
}
