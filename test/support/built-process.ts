import { ChildProcess, execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { HttpClient } from './http-client';

export const ROOT = join(__dirname, '..', '..');

export type ProcessEnv = Record<string, string | undefined>;

/** The environment of a fresh clone's shell: nothing of the platform's configuration set. */
export function cleanEnv(extra: ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(DATABASE_URL|DATA_DIR|JWT_|EVENT_TRANSPORT|RABBITMQ_|APP_MODULES|PORT|HOST|LOG_LEVEL|npm_)/.test(name)) {
      delete env[name];
    }
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/** Runs a command in the repository root as a user would; never rejects on a non-zero exit. */
export function runCommand(command: string, args: string[], env: ProcessEnv = {}): Promise<CommandResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: ROOT, env: cleanEnv(env), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      const exitCode = typeof error?.code === 'number' ? error.code : 0;
      resolve({ exitCode, stdout, stderr, elapsedMs: Date.now() - started });
    });
  });
}

/** A built server (`node dist/main.js`) running as its own process. */
export class ServerProcess {
  readonly api: HttpClient;
  private text = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    this.api = new HttpClient(`http://127.0.0.1:${port}`);
    child.stdout!.on('data', (chunk) => (this.text += chunk));
    child.stderr!.on('data', (chunk) => (this.text += chunk));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(port: number, env: ProcessEnv): ServerProcess {
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: ROOT,
      env: cleanEnv({ PORT: String(port), ...env }),
    });
    return new ServerProcess(child, port);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string {
    return this.text;
  }

  /** Waits until `/health/ready` answers 200; fails at once, with its output, if it exits first. */
  async ready(timeoutMs = 120000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(
          `the server exited (${this.child.exitCode ?? this.child.signalCode}) while starting:\n${this.text}`,
        );
      }
      const status = await this.api.get('/health/ready').then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return;
      if (Date.now() > deadline) throw new Error(`the server was not ready after ${timeoutMs} ms:\n${this.text}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}
