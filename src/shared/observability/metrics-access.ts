import { createHash, timingSafeEqual } from 'node:crypto';
import { ProblemSpec } from '../http/problem.exception';

/** Where and to whom `/metrics` is served (`METRICS_PORT`, `METRICS_TOKEN`, `HOST`). */
export interface MetricsOptions {
  /** When set, a scrape must send it as `Authorization: Bearer <token>`. */
  token: string | undefined;
  /** When set, metrics are served on this port alone, not on the API's. */
  port: number | undefined;
  host: string;
}

export const METRICS_OPTIONS = Symbol('METRICS_OPTIONS');

const BEARER = /^Bearer +(\S+)$/i;
const digest = (text: string) => createHash('sha256').update(text).digest();

/** The refusal of a scrape without the token. */
export const METRICS_UNAUTHORIZED: ProblemSpec = {
  status: 401,
  detail: 'Scraping /metrics needs the METRICS_TOKEN as a bearer token',
  headers: { 'WWW-Authenticate': 'Bearer realm="metrics"' },
};

/**
 * Whether a scrape may read the metrics: always without a token configured, otherwise only with it
 * as the bearer token, compared in constant time (hashes of equal length, whatever was sent).
 */
export function mayScrape(options: MetricsOptions, authorization: string | undefined): boolean {
  if (options.token === undefined) return true;
  const presented = BEARER.exec(authorization?.trim() ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(options.token));
}
