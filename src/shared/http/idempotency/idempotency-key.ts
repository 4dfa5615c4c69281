import { createHash } from 'node:crypto';
import { ProblemException } from '../problem.exception';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** Methods whose requests may carry an `Idempotency-Key`: the ones that create or replace. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT']);

const KEY = /^[A-Za-z0-9_.:-]{1,200}$/;

/**
 * Reads the `Idempotency-Key` header: absent means "no replay protection"; anything that is not
 * 1-200 characters of `[A-Za-z0-9_.:-]` is a 400 rather than silently ignored (a client that sends
 * a key expects it to work).
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !KEY.test(header)) {
    throw ProblemException.badField(
      'Idempotency-Key',
      'Idempotency-Key must be 1-200 characters of letters, digits, "_", ".", ":" or "-" (a UUID is ideal)',
    );
  }
  return header;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((name) => [name, canonical((value as Record<string, unknown>)[name])]),
  );
}

/** SHA-256 of the body as canonical JSON (keys sorted), so a retry that reorders fields still matches. */
export function requestFingerprint(body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(body ?? null)))
    .digest('hex');
}
