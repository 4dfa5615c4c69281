import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** Whose key it is and for which request target: a key never crosses users, methods, paths or queries. */
export interface IdempotencyScope {
  subject: string;
  method: string;
  /** The request target: path and canonical query string (see `requestTarget`). */
  path: string;
  key: string;
}

/** A completed response, as replayed to a retry. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

export type Claim =
  | { kind: 'owner'; claimId: string }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'key-reused' }
  | { kind: 'in-progress' };

/**
 * A request that never completes (the process died mid-way) keeps its key locked this long; after
 * that a retry runs again. Longer than the HTTP request timeout and any statement, so an owner that
 * is merely slow is never overtaken.
 */
const LOCK_SECONDS = 60;

const TABLE = 'messaging.idempotency_keys';
const MATCHES_SCOPE = 'subject = $1 AND method = $2 AND path = $3 AND key = $4';

interface Row {
  fingerprint: string;
  status: number | null;
  headers: Record<string, string> | null;
  body: string | null;
}

/** `messaging.idempotency_keys`: one row per key, claimed before the request runs and completed after. */
export class IdempotencyStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlSeconds: number,
  ) {}

  /**
   * Claims the key for this request, atomically: a new key, an expired one or one whose owner
   * vanished becomes ours; otherwise the first request's outcome decides (replay, reuse with another
   * body, or still in flight).
   */
  async claim(scope: IdempotencyScope, fingerprint: string): Promise<Claim> {
    // A row can vanish between the two statements (its owner failed and released it): claim again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const claimId = randomUUID();
      const claimed = await this.dataSource.query<unknown[]>(
        `INSERT INTO ${TABLE} AS k (subject, method, path, key, fingerprint, claim_id, locked_until, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7), now() + make_interval(secs => $8))
         ON CONFLICT (subject, method, path, key) DO UPDATE
           SET fingerprint = EXCLUDED.fingerprint, claim_id = EXCLUDED.claim_id, locked_until = EXCLUDED.locked_until,
               expires_at = EXCLUDED.expires_at, status = NULL, headers = NULL, body = NULL, created_at = now()
           WHERE k.expires_at <= now() OR (k.status IS NULL AND k.locked_until <= now())
         RETURNING 1`,
        [scope.subject, scope.method, scope.path, scope.key, fingerprint, claimId, LOCK_SECONDS, this.ttlSeconds],
      );
      if (claimed.length > 0) return { kind: 'owner', claimId };
      const [row] = await this.dataSource.query<Row[]>(
        `SELECT fingerprint, status, headers, body FROM ${TABLE} WHERE ${MATCHES_SCOPE}`,
        [scope.subject, scope.method, scope.path, scope.key],
      );
      if (row === undefined) continue;
      if (row.fingerprint !== fingerprint) return { kind: 'key-reused' };
      if (row.status === null) return { kind: 'in-progress' };
      return { kind: 'replay', response: { status: row.status, headers: row.headers ?? {}, body: row.body } };
    }
    return { kind: 'in-progress' };
  }

  /** Records the response of the request that owns the key; it is replayed until the key expires. */
  async complete(scope: IdempotencyScope, claimId: string, response: StoredResponse): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${TABLE} SET status = $6, headers = $7, body = $8, expires_at = now() + make_interval(secs => $9)
       WHERE ${MATCHES_SCOPE} AND claim_id = $5`,
      [
        scope.subject,
        scope.method,
        scope.path,
        scope.key,
        claimId,
        response.status,
        JSON.stringify(response.headers),
        response.body,
        this.ttlSeconds,
      ],
    );
  }

  /** Frees the key after a failed request: it had no effect, so a retry must run again. */
  async release(scope: IdempotencyScope, claimId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${TABLE} WHERE ${MATCHES_SCOPE} AND claim_id = $5`, [
      scope.subject,
      scope.method,
      scope.path,
      scope.key,
      claimId,
    ]);
  }

  /** Deletes expired keys in bounded batches; returns how many went. Expiry is also honoured on claim. */
  async purgeExpired(batchSize = 1000): Promise<number> {
    // TypeORM answers a DELETE with [rows, affected].
    const [, affected] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM ${TABLE} WHERE ctid IN (SELECT ctid FROM ${TABLE} WHERE expires_at <= now() LIMIT $1)`,
      [batchSize],
    );
    return affected;
  }
}
