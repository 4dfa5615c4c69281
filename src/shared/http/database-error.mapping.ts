import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, sqlState } from '../database/database-unavailable';
import { ProblemSpec } from './problem.exception';

/** SQLSTATEs where the stored data already contradicts the request: another write won. */
const CONFLICT_CODES: Record<string, string> = {
  '23505': 'The request conflicts with existing data',
  '23503': 'The request refers to data that does not exist or is still referenced',
  '23P01': 'The request conflicts with existing data',
  '23514': 'The request would break a rule of the stored data',
};

/**
 * Maps PostgreSQL and connection-pool failures that reach the HTTP edge: integrity violations are
 * the client's conflict (409), bad values its mistake (400), an unreachable or overloaded database
 * a retryable 503. Returns `undefined` for anything else (a bug: 500). Details never include SQL.
 */
export function mapDatabaseError(error: unknown): ProblemSpec | undefined {
  const driverError = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (isDatabaseUnavailable(error)) {
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
