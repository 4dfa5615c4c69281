"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IdempotencyStore = void 0;
const node_crypto_1 = require("node:crypto");
/**
 * A request that never completes (the process died mid-way) keeps its key locked this long; after
 * that a retry runs again. Longer than the HTTP request timeout and any statement, so an owner that
 * is merely slow is never overtaken.
 */
const LOCK_SECONDS = 60;
const TABLE = 'messaging.idempotency_keys';
const MATCHES_SCOPE = 'subject = $1 AND method = $2 AND path = $3 AND key = $4';
/** `messaging.idempotency_keys`: one row per key, claimed before the request runs and completed after. */
class IdempotencyStore {
    dataSource;
    ttlSeconds;
    constructor(dataSource, ttlSeconds) {
        this.dataSource = dataSource;
        this.ttlSeconds = ttlSeconds;
    }
    /**
     * Claims the key for this request, atomically: a new key, an expired one or one whose owner
     * vanished becomes ours; otherwise the first request's outcome decides (replay, reuse with another
     * body, or still in flight).
     */
    async claim(scope, fingerprint) {
        // A row can vanish between the two statements (its owner failed and released it): claim again.
        for (let attempt = 0; attempt < 3; attempt++) {
            const claimId = (0, node_crypto_1.randomUUID)();
            const claimed = await this.dataSource.query(`INSERT INTO ${TABLE} AS k (subject, method, path, key, fingerprint, claim_id, locked_until, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7), now() + make_interval(secs => $8))
         ON CONFLICT (subject, method, path, key) DO UPDATE
           SET fingerprint = EXCLUDED.fingerprint, claim_id = EXCLUDED.claim_id, locked_until = EXCLUDED.locked_until,
               expires_at = EXCLUDED.expires_at, status = NULL, headers = NULL, body = NULL, created_at = now()
           WHERE k.expires_at <= now() OR (k.status IS NULL AND k.locked_until <= now())
         RETURNING 1`, [scope.subject, scope.method, scope.path, scope.key, fingerprint, claimId, LOCK_SECONDS, this.ttlSeconds]);
            if (claimed.length > 0)
                return { kind: 'owner', claimId };
            const [row] = await this.dataSource.query(`SELECT fingerprint, status, headers, body FROM ${TABLE} WHERE ${MATCHES_SCOPE}`, [scope.subject, scope.method, scope.path, scope.key]);
            if (row === undefined)
                continue;
            if (row.fingerprint !== fingerprint)
                return { kind: 'key-reused' };
            if (row.status === null)
                return { kind: 'in-progress' };
            return { kind: 'replay', response: { status: row.status, headers: row.headers ?? {}, body: row.body } };
        }
        return { kind: 'in-progress' };
    }
    /** Records the response of the request that owns the key; it is replayed until the key expires. */
    async complete(scope, claimId, response) {
        await this.dataSource.query(`UPDATE ${TABLE} SET status = $6, headers = $7, body = $8, expires_at = now() + make_interval(secs => $9)
       WHERE ${MATCHES_SCOPE} AND claim_id = $5`, [
            scope.subject,
            scope.method,
            scope.path,
            scope.key,
            claimId,
            response.status,
            JSON.stringify(response.headers),
            response.body,
            this.ttlSeconds,
        ]);
    }
    /** Frees the key after a failed request: it had no effect, so a retry must run again. */
    async release(scope, claimId) {
        await this.dataSource.query(`DELETE FROM ${TABLE} WHERE ${MATCHES_SCOPE} AND claim_id = $5`, [
            scope.subject,
            scope.method,
            scope.path,
            scope.key,
            claimId,
        ]);
    }
    /** Deletes expired keys in bounded batches; returns how many went. Expiry is also honoured on claim. */
    async purgeExpired(batchSize = 1000) {
        // TypeORM answers a DELETE with [rows, affected].
        const [, affected] = await this.dataSource.query(`DELETE FROM ${TABLE} WHERE ctid IN (SELECT ctid FROM ${TABLE} WHERE expires_at <= now() LIMIT $1)`, [batchSize]);
        return affected;
    }
}
exports.IdempotencyStore = IdempotencyStore;
//# sourceMappingURL=idempotency.store.js.map