/** Places in the delivery path where a test can make the process die, as a power cut would. */
export const FAULT_POINTS = [
  'after-outbox-commit',
  'after-publish-before-mark',
  'consumer-before-commit',
  'consumer-after-commit-before-ack',
] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

/** The variable that arms a crash: `<point>` or `<point>:<n>` (die on the n-th pass, default 1). */
export const FAULT_CRASH_VARIABLE = 'ECOMM_FAULT_CRASH_AT';

export interface CrashPlan {
  point: FaultPoint;
  pass: number;
}

/** Reads the plan; unset means no plan, anything malformed is an error so a test never runs unarmed by mistake. */
export function parseCrashPlan(raw: string | undefined): CrashPlan | undefined {
  if (raw === undefined || raw === '') return undefined;
  const [point, pass = '1', ...rest] = raw.split(':');
  if (!(FAULT_POINTS as readonly string[]).includes(point) || !/^[1-9]\d*$/.test(pass) || rest.length > 0) {
    throw new Error(
      `${FAULT_CRASH_VARIABLE} must be "<point>[:<n>]" with a point of ${FAULT_POINTS.join(', ')}; got "${raw}"`,
    );
  }
  return { point: point as FaultPoint, pass: Number(pass) };
}

/**
 * Read once at start-up. Never armed in production, whatever the environment says: the crash hooks
 * exist only to prove, from outside the process, that no event is lost or applied twice.
 */
const plan = process.env.NODE_ENV === 'production' ? undefined : parseCrashPlan(process.env[FAULT_CRASH_VARIABLE]);
let passes = 0;

/** Kills this process with SIGKILL (no shutdown hooks, no flush) on the planned pass of `point`; otherwise nothing. */
export function faultPoint(point: FaultPoint): void {
  if (plan === undefined || plan.point !== point) return;
  if (++passes !== plan.pass) return;
  // Synchronous on pipes and files, so the line is out before the process dies.
  process.stderr.write(`${FAULT_CRASH_VARIABLE}: crashing at ${point} (pass ${passes})\n`);
  process.kill(process.pid, 'SIGKILL');
}
