import { performance } from 'node:perf_hooks';
import { percentile, round1 } from '../lib/percentiles';
import { Progress } from '../lib/progress';
import { PropagationProbe } from './propagation';
import { reviewPairs } from './write';

/** Write rates tried in turn (reviews/s); the ramp stops at the first one the deployment does not keep up with. */
export const SUSTAINED_STEPS = (process.env.BENCH_SUSTAINED_STEPS ?? '100,200,400,800,1200,1600,2000,2400,3200')
  .split(',')
  .map(Number);
/** Seconds each step writes for. */
export const SUSTAINED_STEP_S = Number(process.env.BENCH_STEP_S ?? 10);
/** A step is kept up with when its propagation p99 is at most this… */
export const SUSTAINED_P99_MS = 100;
/** …and what is left when its writes end is visible within this. */
export const SUSTAINED_DRAIN_MS = 2000;
/** The share of the step's rate the server must actually acknowledge (an overloaded server answers late). */
const ACHIEVED_SHARE = 0.9;

export interface SustainedStep {
  rate: number;
  /** Writes acknowledged per second over the step (last 201 − first write). */
  achievedPerSec: number;
  failedWrites: number;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Acknowledged writes not yet visible when the step's last write was acknowledged. */
  backlogAtEnd: number;
  /** From the step's last 201 until every write was visible; null when it had not drained after 30 s. */
  drainMs: number | null;
  keptUp: boolean;
}

export interface SustainedResult {
  steps: SustainedStep[];
  /** The highest step kept up with (0 when not even the first). */
  writesPerSec: number;
}

/**
 * Raises the review write rate step by step against `baseUrl` and reports, per step, propagation
 * p50/p99 (201 → visible in the search read model) and the backlog the step leaves. Stops after the
 * first step that is not kept up with.
 */
export async function measureSustained(
  label: string,
  baseUrl: string,
  searchDatabaseUrl: string,
  pairs: ReturnType<typeof reviewPairs>,
  progress: Progress,
): Promise<SustainedResult> {
  const steps: SustainedStep[] = [];
  for (const rate of SUSTAINED_STEPS) {
    const probe = await PropagationProbe.listen(searchDatabaseUrl);
    try {
      const startedAt = performance.now();
      const ids = await probe.writeSteadily(baseUrl, pairs, rate, SUSTAINED_STEP_S);
      const elapsedS = (performance.now() - startedAt) / 1000;
      const backlogAtEnd = probe.backlog(ids);
      const drained = await probe.drain(ids, 30000);
      const latencies = probe.latencies(ids);
      const step: SustainedStep = {
        rate,
        achievedPerSec: Math.round(ids.length / elapsedS),
        failedWrites: probe.failedWrites,
        p50Ms: round1(percentile(latencies, 0.5)),
        p99Ms: round1(percentile(latencies, 0.99)),
        backlogAtEnd,
        drainMs: drained === null ? null : Math.round(drained),
        keptUp: false,
      };
      step.keptUp =
        step.failedWrites === 0 &&
        step.achievedPerSec >= rate * ACHIEVED_SHARE &&
        step.p99Ms !== null &&
        step.p99Ms <= SUSTAINED_P99_MS &&
        step.drainMs !== null &&
        step.drainMs <= SUSTAINED_DRAIN_MS;
      steps.push(step);
      progress.note(
        `${label} ${rate}/s: acknowledged ${step.achievedPerSec}/s, p50 ${step.p50Ms} ms, p99 ${step.p99Ms} ms, ` +
          `backlog ${backlogAtEnd}, drained in ${step.drainMs ?? '> 30000'} ms${step.failedWrites ? `, ${step.failedWrites} failed` : ''} → ${step.keptUp ? 'kept up' : 'fell behind'}`,
      );
      if (!step.keptUp) break;
    } finally {
      await probe.close();
    }
  }
  const kept = steps.filter((step) => step.keptUp);
  return { steps, writesPerSec: kept.length > 0 ? kept[kept.length - 1].rate : 0 };
}
