import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Readers page the event store by `position`, which only works if they can tell when every
 * position up to some value is settled (committed or rolled back). `SettledPositions` decides that
 * from the sequence and the running transaction ids, which requires a transaction to own its id
 * *before* it draws a position: the default now takes `pg_current_xact_id()` first. Done in the
 * database so that every writer, including older versions of the application, obeys it.
 */
export class SettleEventPositions1764000000500 implements MigrationInterface {
  name = 'SettleEventPositions1764000000500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION messaging.next_event_position() RETURNS bigint
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_current_xact_id();
        RETURN nextval('messaging.event_store_position_seq');
      END
      $$`);
    await db.query(
      `ALTER TABLE messaging.event_store ALTER COLUMN position SET DEFAULT messaging.next_event_position()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE messaging.event_store ALTER COLUMN position SET DEFAULT nextval('messaging.event_store_position_seq')`,
    );
    await db.query(`DROP FUNCTION messaging.next_event_position()`);
  }
}
