"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateIdempotencyKeys1764000000600 = void 0;
class CreateIdempotencyKeys1764000000600 {
    name = 'CreateIdempotencyKeys1764000000600';
    async up(db) {
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
    async down(db) {
        await db.query(`DROP TABLE messaging.idempotency_keys`);
    }
}
exports.CreateIdempotencyKeys1764000000600 = CreateIdempotencyKeys1764000000600;
//# sourceMappingURL=1764000000600-create-idempotency-keys.migration.js.map