import { createHash } from 'node:crypto';
import { decoded } from '../canonical-ids';
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

/** Longer targets are kept as their path and a hash of the query, so the key's index entry stays small. */
const MAX_TARGET_LENGTH = 1024;

function decodedPair(pair: string): [string, string] {
  const equals = pair.indexOf('=');
  const [name, value] = equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
  return [decoded(name, true), decoded(value, true)];
}

/**
 * What a key is scoped to besides caller and method: the path and the query string, canonical (ids
 * already are, see `canonicalUrl`; here parameters are decoded, re-encoded one way and ordered by
 * name, repeated ones keeping their order), so `?consumer=a` and `?consumer=b` are two requests,
 * while an equivalent spelling of one is the same.
 */
export function requestTarget(url: string): string {
  const question = url.indexOf('?');
  if (question < 0) return url;
  const path = url.slice(0, question);
  const query = url
    .slice(question + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map(decodedPair)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  if (query === '') return path;
  const target = `${path}?${query}`;
  return target.length <= MAX_TARGET_LENGTH
    ? target
    : `${path}?sha256=${createHash('sha256').update(query).digest('hex')}`;
}
