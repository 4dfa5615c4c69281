import { performance } from 'node:perf_hooks';

const clock = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** One line per phase: share of the planned phases done and time elapsed since the run started. */
export class Progress {
  private readonly startedAt = performance.now();
  private done = 0;

  constructor(private readonly phases: number) {}

  phase(label: string): void {
    const percent = Math.round((100 * this.done) / this.phases);
    this.done++;
    console.log(`[${String(percent).padStart(3)}% ${clock(this.elapsedMs())}] ${label}`);
  }

  /** A detail line inside the current phase. */
  note(message: string): void {
    console.log(`             ${message}`);
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }
}
