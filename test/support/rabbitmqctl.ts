import { spawn } from 'node:child_process';
import { mkdir, rmdir, stat } from 'node:fs/promises';

const LOCK = '/tmp/ecomm-rabbitmqctl.lock';
const STALE_LOCK_MS = 120000;

/** One `rabbitmqctl` at a time across Jest workers: concurrent CLI nodes were seen to hang the broker's CLI. */
export async function withRabbitmqctlLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const info = await stat(LOCK).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > STALE_LOCK_MS) await rmdir(LOCK).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    await rmdir(LOCK).catch(() => undefined);
  }
}

/** Runs the CLI in its own process group, so a timeout kills the Erlang VM it starts, not only the shell. */
function runOnce(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('rabbitmqctl', ['--quiet', ...args], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`rabbitmqctl ${args.join(' ')} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`rabbitmqctl ${args.join(' ')} exited ${code}: ${output.trim()}`));
    });
  });
}

/** `rabbitmqctl` for tests: serialised, bounded and retried. */
export async function rabbitmqctl(...args: string[]): Promise<string> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await withRabbitmqctlLock(() => runOnce(args, 20000));
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
