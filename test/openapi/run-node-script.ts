import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/cli/repository-root';

export interface ScriptResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a package's CLI (a path under node_modules/) with Node in the repository root; never rejects on a non-zero exit. */
export function runNodeScript(script: string, args: string[]): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(REPOSITORY_ROOT, 'node_modules', script), ...args],
      { cwd: REPOSITORY_ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ exitCode: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}
