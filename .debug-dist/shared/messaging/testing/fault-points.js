"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FAULT_CRASH_VARIABLE = exports.FAULT_POINTS = void 0;
exports.parseCrashPlan = parseCrashPlan;
exports.faultPoint = faultPoint;
/** Places in the delivery path where a test can make the process die, as a power cut would. */
exports.FAULT_POINTS = [
    'after-outbox-commit',
    'after-publish-before-mark',
    'consumer-before-commit',
    'consumer-after-commit-before-ack',
];
/** The variable that arms a crash: `<point>` or `<point>:<n>` (die on the n-th pass, default 1). */
exports.FAULT_CRASH_VARIABLE = 'ECOMM_FAULT_CRASH_AT';
/** Reads the plan; unset means no plan, anything malformed is an error so a test never runs unarmed by mistake. */
function parseCrashPlan(raw) {
    if (raw === undefined || raw === '')
        return undefined;
    const [point, pass = '1', ...rest] = raw.split(':');
    if (!exports.FAULT_POINTS.includes(point) || !/^[1-9]\d*$/.test(pass) || rest.length > 0) {
        throw new Error(`${exports.FAULT_CRASH_VARIABLE} must be "<point>[:<n>]" with a point of ${exports.FAULT_POINTS.join(', ')}; got "${raw}"`);
    }
    return { point: point, pass: Number(pass) };
}
/**
 * Read once at start-up. Never armed in production, whatever the environment says: the crash hooks
 * exist only to prove, from outside the process, that no event is lost or applied twice.
 */
const plan = process.env.NODE_ENV === 'production' ? undefined : parseCrashPlan(process.env[exports.FAULT_CRASH_VARIABLE]);
let passes = 0;
/** Kills this process with SIGKILL (no shutdown hooks, no flush) on the planned pass of `point`; otherwise nothing. */
function faultPoint(point) {
    if (plan === undefined || plan.point !== point)
        return;
    if (++passes !== plan.pass)
        return;
    // Synchronous on pipes and files, so the line is out before the process dies.
    process.stderr.write(`${exports.FAULT_CRASH_VARIABLE}: crashing at ${point} (pass ${passes})\n`);
    process.kill(process.pid, 'SIGKILL');
}
//# sourceMappingURL=fault-points.js.map