import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMessagingSchema1764000000000 implements MigrationInterface {
  name = 'CreateMessagingSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS messaging`);
    await db.query(`
      CREATE TABLE messaging.event_store (
        position bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        module text NOT NULL,
        stream_id text NOT NULL,
        stream_version integer NOT NULL CHECK (stream_version > 0),
        occurred_at timestamptz NOT NULL,
        correlation_id text NOT NULL,
        causation_id text,
        actor text NOT NULL,
        payload jsonb NOT NULL,
        published_at timestamptz,
        CONSTRAINT event_store_stream_version_unique UNIQUE (stream_id, stream_version)
      )`);
    await db.query(
      `CREATE INDEX event_store_unpublished_idx ON messaging.event_store (module, position) WHERE published_at IS NULL`,
    );
    await db.query(`CREATE INDEX event_store_type_idx ON messaging.event_store (type, position)`);
    await db.query(`
      CREATE TABLE messaging.inbox (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
    await db.query(`
      CREATE TABLE messaging.dead_letter (
        id bigserial PRIMARY KEY,
        consumer text NOT NULL,
        event_id uuid,
        type text,
        envelope jsonb NOT NULL,
        error text NOT NULL,
        attempts integer NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now(),
        redriven_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX dead_letter_pending_idx ON messaging.dead_letter (consumer, id) WHERE redriven_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA messaging CASCADE`);
  }
}
