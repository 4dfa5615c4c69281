import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The W3C `traceparent` active when an event was recorded, so the relay (possibly another instance,
 * or after a restart) continues that trace when it publishes. Null when tracing is off.
 */
export class AddEventTraceParent1764000000700 implements MigrationInterface {
  name = 'AddEventTraceParent1764000000700';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE messaging.event_store ADD COLUMN trace_parent text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE messaging.event_store DROP COLUMN trace_parent`);
  }
}
