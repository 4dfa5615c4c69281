import { ProblemException } from '../../shared/http/problem.exception';

/** A real calendar date, leap days included: what `Date.parse` reads without rolling over. */
const DATE =
  '(\\d{4}-(0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|\\d{4}-(0[469]|11)-(0[1-9]|[12]\\d|30)|\\d{4}-02-(0[1-9]|1\\d|2[0-8])' +
  '|(\\d{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)';
/** An ISO 8601 timestamp with a time zone, to the microsecond at most. */
const TIMESTAMP = new RegExp(
  `^${DATE}T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,6})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$`,
);
/** An event position: digits, at most 18, so it always fits a Postgres bigint. */
const POSITION = /^(0|[1-9][0-9]{0,17})$/;

/** What `at` may be: an event position or a timestamp (the request DTO documents and checks it). */
export const STATE_AT = new RegExp(`${POSITION.source}|${TIMESTAMP.source}`);

/** Up to where a state is read: everything stored, up to an event position, or up to an instant. */
export type StateCutoff =
  | { kind: 'now' }
  | { kind: 'position'; position: bigint }
  /** Milliseconds since the epoch. */
  | { kind: 'instant'; epochMs: number };

export const AT_MESSAGE =
  'at must be an ISO 8601 timestamp with a time zone (2026-03-01T12:00:00Z) or an event position';

/** Reads `at` (absent: now); a 400 naming `at` for anything else. */
export function parseStateAt(at: string | undefined): StateCutoff {
  if (at === undefined) return { kind: 'now' };
  if (POSITION.test(at)) return { kind: 'position', position: BigInt(at) };
  const epochMs = Date.parse(at);
  if (!TIMESTAMP.test(at) || Number.isNaN(epochMs)) throw ProblemException.badField('at', AT_MESSAGE);
  return { kind: 'instant', epochMs };
}
