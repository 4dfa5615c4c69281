import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { devSecretPath } from '../shared/auth/dev-secret';
import { DataDirBusyError, acquireDataDirLock } from '../shared/database/data-dir-lock';
import { parseCli, runCli } from './cli-program';
import { loadSharedConfig } from './shared-config';

const HELP = `
Deletes the embedded database and the generated development JWT secret in DATA_DIR (default
.data), so the next npm start begins with an empty database. Tokens minted before stop working.

usage: npm run reset

Refuses while a server (or another tool) uses DATA_DIR. Touches nothing else in DATA_DIR, and
never a PostgreSQL database named by DATABASE_URL.
`;

runCli('reset', async () => {
  parseCli({ name: 'reset', help: HELP, options: {} });
  const config = loadSharedConfig();
  const targets = [join(config.dataDir, 'pgdata'), devSecretPath(config.dataDir)].filter((path) => existsSync(path));
  if (config.databaseUrl) {
    console.log('DATABASE_URL is set: reset clears only DATA_DIR; drop or recreate that database yourself');
  }
  if (targets.length === 0) {
    console.log(`nothing to reset: ${config.dataDir} holds no embedded database or development secret`);
    return;
  }
  // Held while deleting, so no server starts on half-deleted files.
  const lock = await acquireDataDirLock(config.dataDir).catch((error: unknown) => {
    throw error instanceof DataDirBusyError
      ? new DataDirBusyError(error.dataDir, error.holder, 'stop it, then run npm run reset again')
      : error;
  });
  try {
    for (const path of targets) await rm(path, { recursive: true, force: true });
  } finally {
    await lock.release();
  }
  console.log(`removed ${targets.join(' and ')}; the next npm start begins with an empty database`);
});
