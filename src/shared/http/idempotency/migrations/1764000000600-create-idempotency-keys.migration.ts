import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdempotencyKeys1764000000600 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1764000000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA IF NOT EXISTS messaging`);
    // status NULL = the first request is still in flight, owned by claim_id until locked_until.
    await db.query(`
      CREATE TABLE messaging.idempotency_keys (
        subject text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        claim_id uuid NOT NULL,
        locked_until timestamptz NOT NULL,
        status smallint,
        headers jsonb,
        body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (subject, method, path, key)
      )`);
    await db.query(`CREATE INDEX idempotency_keys_expiry_idx ON messaging.idempotency_keys (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging.idempotency_keys`);
  }
}
