import { join } from 'node:path';

/** The repository root, from both `src/cli/` (tests) and `dist/cli/` (the compiled scripts). */
export const REPOSITORY_ROOT = join(__dirname, '..', '..');
