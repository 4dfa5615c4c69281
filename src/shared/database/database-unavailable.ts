import { QueryFailedError } from 'typeorm';

/** Transient: the same request may well succeed a moment later, so clients get 503 + Retry-After. */
const TRANSIENT_CODES = new Set(['40001', '40P01', '55P03', '57014', '57P01', '57P02', '57P03', '53300', '53400']);

const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

// pg and pg-pool report pool exhaustion and dropped connections as plain Errors without a code.
const UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|connection terminated|connection timeout|not currently accepting connections/i;

export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function isUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = sqlState(error);
  if (code !== undefined && (code.startsWith('08') || TRANSIENT_CODES.has(code) || UNAVAILABLE_ERRNOS.has(code))) {
    return true;
  }
  return UNAVAILABLE_MESSAGE.test(error.message);
}

/**
 * True when a failure says the database cannot be reached or is overloaded right now (refused or
 * dropped connections, an exhausted pool, shutdown, serialization and lock conflicts): the same work
 * may well succeed a moment later. HTTP answers 503; event delivery retries without giving up.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as unknown) : undefined;
  return isUnavailableError(error) || (driverError !== undefined && isUnavailableError(driverError));
}
