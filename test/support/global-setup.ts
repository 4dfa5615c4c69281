import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * End-to-end suites that start real processes (embedded default, split deployment) run `dist/`.
 * Build it once here rather than in each suite, so parallel workers never write `dist/` at once.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: join(__dirname, '..', '..'), stdio: 'inherit' });
}
