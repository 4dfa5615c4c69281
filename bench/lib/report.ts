import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PropagationResult } from '../scenarios/propagation';

/** One measured subject: the app or a baseline. */
export interface Measurement {
  subject: string;
  throughput: number | null;
  unit: string;
  p50Ms: number | null;
  p99Ms: number | null;
}

/** A scenario: the app's numbers and each baseline measured in the same run, with the app/baseline ratio. */
export interface ScenarioResult {
  name: string;
  measures: string;
  app: Measurement;
  baselines: (Measurement & { ratio: number | null })[];
  notes: string[];
}

export interface Target {
  name: string;
  goal: string;
  actual: number | null;
  met: boolean | null;
}

export interface BenchReport {
  startedAt: string;
  durationS: number;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    postgres: string;
    rabbitmq: string;
    nats: string;
    /** 1-minute load average when the run started and ended: other work on the machine skews every number. */
    loadAverage: { start: number; end: number };
  };
  scenarios: ScenarioResult[];
  readRatio: number | null;
  writeRatio: number | null;
  relayRatio: number | null;
  propagationP99Ms: {
    inprocess: number | null;
    rabbitmq: number | null;
    nats: number | null;
    split: number | null;
  };
  /** Where propagation's time goes: each milestone's p50/p99 after the event was recorded (see `MILESTONES`). */
  propagationBreakdownMs: Record<'inprocess' | 'rabbitmq' | 'nats' | 'split', PropagationResult['breakdown'] | null>;
  /** Bare amqplib through the same RabbitMQ topology at the same rate: the wire's share of a propagation. */
  propagationFloorMs: { rabbitmq: { p50Ms: number | null; p99Ms: number | null } | null };
  /** Per deployment, each server's event-loop busy share while it propagated (see `loopUtilization`). */
  propagationLoopUtilization: Record<
    'inprocess' | 'rabbitmq' | 'nats' | 'split',
    PropagationResult['loopUtilization'] | null
  >;
  /** The highest write rate (reviews/s) each deployment kept up with (see the sustained scenarios). */
  sustainedWritesPerSec: {
    inprocess: number | null;
    rabbitmq: number | null;
    nats: number | null;
    split: number | null;
  };
  /** `sustainedWritesPerSec.inprocess` ÷ the bare server's write throughput in the same run. */
  sustainedRatio: number | null;
  /** Spawn → ready of the built server (PostgreSQL; embedded, and its first start) and a CLI's answer. */
  startupMs: { server: number; embedded: number; embeddedFirst: number; cli: number } | null;
  searchP99Ms: number | null;
  /** `POST .../reservations` p99 and successful reservations/s: 100 products in turn, and one hot product. */
  reservationP99Ms: { spread: number | null; hot: number | null };
  reservationsPerSec: { spread: number | null; hot: number | null };
  replayEventsPerSec: number | null;
  /** p99 of each analytics endpoint over a store of a million events, and the highest of them. */
  analyticsP99Ms: { events: number; trend: number; top: number; max: number } | null;
  /** The rollup worker folding the million events from scratch. */
  analyticsCatchUpEventsPerSec: number | null;
  replayMethod: string;
  peakRssMb: number | null;
  targets: Target[];
  failures: { scenario: string; error: string }[];
}

export const ratio = (app: number | null, baseline: number | null): number | null =>
  app === null || baseline === null || baseline === 0 ? null : Math.round((app / baseline) * 100) / 100;

export const atLeast = (name: string, goal: number, actual: number | null): Target => ({
  name,
  goal: `≥ ${goal}`,
  actual,
  met: actual === null ? null : actual >= goal,
});

export const atMost = (name: string, goal: number, actual: number | null): Target => ({
  name,
  goal: `≤ ${goal}`,
  actual,
  met: actual === null ? null : actual <= goal,
});

export function machine(postgres: string, rabbitmq: string, nats: string, loadAtStart: number): BenchReport['machine'] {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    postgres,
    rabbitmq,
    nats,
    loadAverage: { start: loadAtStart, end: Math.round(loadavg()[0] * 100) / 100 },
  };
}

const fixed = (value: number | null, digits = 0) =>
  value === null
    ? '—'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  return [line(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function printReport(report: BenchReport): void {
  const rows = [['scenario', 'subject', 'throughput', 'p50 ms', 'p99 ms', 'ratio']];
  for (const scenario of report.scenarios) {
    const { app } = scenario;
    const unitOf = (measurement: Measurement) =>
      measurement.throughput === null ? '—' : `${fixed(measurement.throughput)} ${measurement.unit}`;
    rows.push([scenario.name, app.subject, unitOf(app), fixed(app.p50Ms, 1), fixed(app.p99Ms, 1), '']);
    for (const baseline of scenario.baselines) {
      const shown = baseline.ratio === null ? '—' : `${fixed(baseline.ratio, 2)}`;
      rows.push([
        '',
        `  vs ${baseline.subject}`,
        unitOf(baseline),
        fixed(baseline.p50Ms, 1),
        fixed(baseline.p99Ms, 1),
        shown,
      ]);
    }
  }
  console.log(`\n${table(rows)}\n`);
  const targets = [['target', 'goal', 'actual', 'result']];
  for (const target of report.targets) {
    const result = target.met === null ? 'not measured' : target.met ? 'met' : 'MISSED';
    targets.push([target.name, target.goal, fixed(target.actual, 2), result]);
  }
  console.log(`${table(targets)}\n`);
  const { loadAverage, cpus: cores } = report.machine;
  console.log(`load average ${loadAverage.start} at the start, ${loadAverage.end} at the end, on ${cores} CPUs`);
  for (const scenario of report.scenarios) {
    for (const note of scenario.notes) console.log(`${scenario.name}: ${note}`);
  }
  for (const failure of report.failures) console.log(`FAILED ${failure.scenario}: ${failure.error.split('\n')[0]}`);
}

/** Writes `bench/results/<ISO date>.json` (colons become dashes so the name is valid everywhere). */
export function writeReport(repositoryRoot: string, report: BenchReport): string {
  const directory = join(repositoryRoot, 'bench', 'results');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${report.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
