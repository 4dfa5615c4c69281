import { QueryFailedError } from 'typeorm';
import { ProblemSpec } from './problem.exception';

/** SQLSTATEs where the stored data already contradicts the request: another write won. */
const CONFLICT_CODES: Record<string, string> = {
  '23505': 'The request conflicts with existing data',
  '23503': 'The request refers to data that does not exist or is still referenced',
  '23P01': 'The request conflicts with existing data',
  '23514': 'The request would break a rule of the stored data',
};

/** Transient: the same request may well succeed a moment later, so clients get 503 + Retry-After. */
const TRANSIENT_CODES = new Set(['40001', '40P01', '55P03', '57014', '57P01', '57P02', '57P03', '53300', '53400']);

const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

// pg and pg-pool report pool exhaustion and dropped connections as plain Errors without a code.
// A database closed to new sessions (ALTER DATABASE ... ALLOW_CONNECTIONS false) refuses them with 55000,
// a code that elsewhere means a bug, so the message decides.
const UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|connection terminated|connection timeout|is not currently accepting connections/i;

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = sqlState(error);
  if (code !== undefined && (code.startsWith('08') || TRANSIENT_CODES.has(code) || UNAVAILABLE_ERRNOS.has(code))) {
    return true;
  }
  return UNAVAILABLE_MESSAGE.test(error.message);
}

/**
 * Maps PostgreSQL and connection-pool failures that reach the HTTP edge: integrity violations are
 * the client's conflict (409), bad values its mistake (400), an unreachable or overloaded database
 * a retryable 503. Returns `undefined` for anything else (a bug: 500). Details never include SQL.
 */
export function mapDatabaseError(error: unknown): ProblemSpec | undefined {
  const driverError = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (isUnavailable(driverError) || isUnavailable(error)) {
    return {
      status: 503,
      detail: 'The database is temporarily unavailable; retry shortly',
      headers: { 'Retry-After': '1' },
    };
  }
  if (!(error instanceof QueryFailedError)) return undefined;
  const code = sqlState(driverError);
  if (code === undefined) return undefined;
  if (code in CONFLICT_CODES) return { status: 409, detail: CONFLICT_CODES[code] };
  // Class 22 (data exception: malformed uuid, number out of range, ...): input that slipped past validation.
  if (code.startsWith('22')) {
    return { status: 400, detail: 'The request contains a value the database cannot accept' };
  }
  return undefined;
}
