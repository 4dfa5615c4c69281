import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** `dist/bench`, where tsconfig.bench.json compiles `src/` and `bench/` together. */
export const BUILD_ROOT = join(__dirname, '..', '..');
export const REPOSITORY_ROOT = join(BUILD_ROOT, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Whether `BENCH_CPU_PROF` asks for a profile of the server called `name`. */
function profiled(name: string): boolean {
  const wanted = process.env.BENCH_CPU_PROF?.split(',').map((each) => each.trim());
  return wanted !== undefined && (wanted.includes('1') || wanted.includes(name));
}

const LOOP_BUSY = 'nodejs_eventloop_busy_seconds_total';

/** A server under benchmark in its own process, so its CPU and memory are its own. */
export class ServerProcess {
  private readonly output: string[] = [];
  /** Milliseconds from spawning the process to its ready path answering 200. */
  readyAfterMs = 0;

  private constructor(
    readonly name: string,
    readonly baseUrl: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.shift();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  /**
   * Starts `script` (relative to the build root) with `env` and waits until `readyPath` answers 200.
   * `BENCH_CPU_PROF=1` profiles it with `--cpu-prof` into dist/bench/profiles; a list of names
   * (`BENCH_CPU_PROF=split-reviews,app-rabbitmq`) profiles only those, so the others run unslowed.
   */
  static async start(
    name: string,
    script: string,
    env: Record<string, string>,
    readyPath: string,
  ): Promise<ServerProcess> {
    const port = await freePort();
    const profile = profiled(name)
      ? ['--cpu-prof', `--cpu-prof-dir=${join(BUILD_ROOT, 'profiles')}`, `--cpu-prof-name=${name}.cpuprofile`]
      : [];
    const child = spawn(process.execPath, [...profile, join(BUILD_ROOT, script)], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(name, `http://127.0.0.1:${port}`, child);
    const spawnedAt = performance.now();
    await server.waitUntilReady(readyPath);
    server.readyAfterMs = Math.round(performance.now() - spawnedAt);
    return server;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Peak resident set size of the process so far (VmHWM), in MB; null where /proc is unavailable. */
  peakRssMb(): number | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
      return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
    } catch {
      return null;
    }
  }

  /**
   * Seconds its event loop has been busy (`nodejs_eventloop_busy_seconds_total` at `/metrics`); null
   * when the process does not report it (a baseline). Two readings over a phase give its utilization.
   */
  async loopBusySeconds(): Promise<number | null> {
    try {
      const response = await fetch(`${this.baseUrl}/metrics`);
      const line = (await response.text()).split('\n').find((each) => each.startsWith(`${LOOP_BUSY} `));
      return line ? Number(line.slice(LOOP_BUSY.length + 1)) : null;
    } catch {
      return null;
    }
  }

  /**
   * Waits until the process has used under 10% of a CPU for two consecutive half-second windows, so
   * work left over from one phase (consumers catching up) never loads the next. Gives up after `maxMs`.
   */
  async waitUntilIdle(maxMs = 60000): Promise<boolean> {
    const deadline = Date.now() + maxMs;
    let quiet = 0;
    let last = this.cpuTicks();
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = this.cpuTicks();
      // Clock ticks are 1/100 s on Linux: 5 ticks in 500 ms is 10% of one CPU.
      quiet = now - last < 5 ? quiet + 1 : 0;
      last = now;
      if (quiet >= 2) return true;
    }
    return false;
  }

  /** User + system CPU time of the process in clock ticks (0 where /proc is unavailable). */
  private cpuTicks(): number {
    try {
      const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 15000);
    await exited;
    clearTimeout(killer);
  }

  private async waitUntilReady(path: string, timeoutMs = 60000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break;
      try {
        if ((await fetch(`${this.baseUrl}${path}`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.stop();
    throw new Error(`${this.name} did not become ready at ${path}:\n${this.output.join('').slice(-3000)}`);
  }
}
