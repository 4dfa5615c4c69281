import { ProblemException } from '../../shared/http/problem.exception';

/** An ISO 8601 timestamp with a time zone, to the microsecond at most. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
/** An event position: digits, at most 18, so it always fits a Postgres bigint. */
const POSITION = /^(0|[1-9][0-9]{0,17})$/;

/** What `at` may look like, for the API document (a process checks `parseStateAt`). */
export const STATE_AT_PATTERN = `${POSITION.source}|${TIMESTAMP.source}`;

/** Up to where a state is read: everything stored, up to an event position, or up to an instant. */
export type StateCutoff =
  { kind: 'now' } | { kind: 'position'; position: bigint } | { kind: 'instant'; instant: string };

const AT_MESSAGE = 'at must be an ISO 8601 timestamp with a time zone (2026-03-01T12:00:00Z) or an event position';

/** Reads `at` (absent: now); a 400 naming `at` for anything else, or for a timestamp that is no real instant. */
export function parseStateAt(at: string | undefined): StateCutoff {
  if (at === undefined) return { kind: 'now' };
  if (POSITION.test(at)) return { kind: 'position', position: BigInt(at) };
  const time = Date.parse(at);
  if (!TIMESTAMP.test(at) || Number.isNaN(time) || !sameCalendarDay(at)) {
    throw ProblemException.badField('at', AT_MESSAGE);
  }
  return { kind: 'instant', instant: at };
}

/** `Date.parse` rolls 2026-02-30 over into March; a real date reads back as the digits it was written with. */
function sameCalendarDay(at: string): boolean {
  const [year, month, day] = at.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
