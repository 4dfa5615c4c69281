import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../config/config-error';

/** Where a development server keeps the HS256 secret it generated, so tokens survive restarts. */
export function devSecretPath(dataDir: string): string {
  return join(dataDir, 'jwt-secret');
}

/** The stored development secret, or `undefined` when none was created yet. */
export async function readDevSecret(dataDir: string): Promise<string | undefined> {
  const path = devSecretPath(dataDir);
  let secret: string;
  try {
    secret = (await readFile(path, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (Buffer.byteLength(secret, 'utf8') < 32) {
    throw new ConfigError(`${path} must hold a secret of at least 32 bytes; delete it to generate a new one`);
  }
  return secret;
}

/** Reuses the stored development secret or creates one (48 random bytes, readable by the owner only). */
export async function ensureDevSecret(dataDir: string): Promise<string> {
  const existing = await readDevSecret(dataDir);
  if (existing !== undefined) return existing;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  try {
    // `wx`: when processes of a split deployment start together, the first one wins and the others read its secret.
    await writeFile(devSecretPath(dataDir), `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readDevSecret(dataDir))!;
  }
}
