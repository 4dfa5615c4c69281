import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ProcessIdentity, currentProcessIdentity, processStatus } from './process-identity';

/** Who owns a data directory, as written in its claim. */
export interface DataDirHolder extends ProcessIdentity {
  /** `claiming` while the owner checks for rivals, `held` once it owns the directory. */
  state: 'claiming' | 'held';
  /** The command that started it, e.g. `npm start`. */
  command: string;
  /** ISO time the claim was made. */
  since: string;
  /** Where the owner serves its database to other tools of the same data directory (loopback). */
  wireUrl?: string;
}

/** One process owns a data directory; releasing lets the next one in. */
export interface DataDirLock {
  /** Tells other tools of this directory how to reach the database this process serves. */
  publish(details: { wireUrl: string }): Promise<void>;
  release(): Promise<void>;
}

/** Another live process owns the data directory: one line naming it, and what to do. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: DataDirHolder,
    advice = 'stop it first, or use another DATA_DIR',
  ) {
    super(`DATA_DIR ${dataDir} is in use by ${describeHolder(holder)}: ${advice}`);
    this.name = 'DataDirBusyError';
  }
}

const CLAIM_FILE = /^\d+-\d+-[0-9a-f]+\.json$/;
/** A claim from another host or container cannot be checked by pid; its owner touches it this often… */
const HEARTBEAT_MS = 10_000;
/** …and it counts as abandoned when untouched for this long. */
const ABANDONED_AFTER_MS = 60_000;
const CLAIM_ATTEMPTS = 20;

export function describeHolder(holder: DataDirHolder): string {
  const where = processStatus(holder) === 'unknown' ? ` on ${holder.hostname}` : '';
  const since = holder.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return `${holder.command} (pid ${holder.pid}${where}, since ${since})`;
}

function currentCommand(): string {
  const event = process.env.npm_lifecycle_event;
  if (event) return event === 'start' || event === 'test' ? `npm ${event}` : `npm run ${event}`;
  return `node ${relative(process.cwd(), process.argv[1] ?? '') || process.argv[1]}`;
}

function lockDirectory(dataDir: string): string {
  return join(dataDir, 'lock');
}

function missing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Writes whole or not at all: readers never see half a claim. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content, { mode: 0o600 });
  await rename(temporary, path);
}

/**
 * The other claims on the directory whose owners may still run. Claims of processes that are gone
 * are deleted: a claim file's name is never reused, so deleting it can never remove a live claim.
 */
async function rivalClaims(directory: string, own?: string): Promise<DataDirHolder[]> {
  const rivals: DataDirHolder[] = [];
  for (const name of await readdir(directory).catch((error) => (missing(error) ? [] : Promise.reject(error)))) {
    if (name === own || !CLAIM_FILE.test(name)) continue;
    const path = join(directory, name);
    let holder: DataDirHolder | undefined;
    try {
      holder = JSON.parse(await readFile(path, 'utf8')) as DataDirHolder;
    } catch (error) {
      if (missing(error)) continue;
    }
    if (holder && (await ownerMayRun(holder, path))) rivals.push(holder);
    else await unlink(path).catch((error) => (missing(error) ? undefined : Promise.reject(error)));
  }
  return rivals;
}

async function ownerMayRun(holder: DataDirHolder, path: string): Promise<boolean> {
  const status = processStatus(holder);
  if (status !== 'unknown') return status === 'running';
  const touched = await stat(path).then(
    (info) => info.mtimeMs,
    () => 0,
  );
  return Date.now() - touched < ABANDONED_AFTER_MS;
}

/**
 * Makes this process the only owner of `dataDir`, or throws `DataDirBusyError` naming the owner.
 *
 * Each contender writes a claim file with a unique name, then lists the others. Whoever finds no
 * rival claim owns the directory; whoever finds one withdraws its own. Of two processes racing,
 * the later writer always sees the earlier claim, so at most one wins (when both see each other,
 * both withdraw and retry after a random pause). A claim left by a process that is gone (checked
 * by pid and start time, so a reused pid does not count) is deleted on sight, which is how a
 * killed server's directory is taken over.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const directory = lockDirectory(dataDir);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const since = new Date();
  const name = `${since.getTime()}-${process.pid}-${randomBytes(6).toString('hex')}.json`;
  const path = join(directory, name);
  let claim: DataDirHolder = {
    ...currentProcessIdentity(),
    state: 'claiming',
    command: currentCommand(),
    since: since.toISOString(),
  };
  const write = (update: Partial<DataDirHolder>) =>
    writeAtomically(path, JSON.stringify((claim = { ...claim, ...update })));
  let rivals: DataDirHolder[] = [];
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
    await write({ state: 'claiming' });
    rivals = await rivalClaims(directory, name);
    if (rivals.length === 0) {
      await write({ state: 'held' });
      return holdClaim(path, write);
    }
    await unlink(path);
    const owner = rivals.find((rival) => rival.state === 'held');
    if (owner) throw new DataDirBusyError(dataDir, owner);
    // Random and growing, so that contenders who keep meeting each other drift apart.
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 25 * (attempt + 1)));
  }
  throw new DataDirBusyError(dataDir, rivals[0], 'it is starting; try again in a moment');
}

function holdClaim(path: string, write: (update: Partial<DataDirHolder>) => Promise<void>): DataDirLock {
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  // A process that exits without closing (an uncaught error) still leaves no claim behind.
  const onExit = () => {
    try {
      unlinkSync(path);
    } catch {
      // Already released.
    }
  };
  process.once('exit', onExit);
  return {
    publish: (details) => write(details),
    async release() {
      clearInterval(heartbeat);
      process.off('exit', onExit);
      await unlink(path).catch((error) => (missing(error) ? undefined : Promise.reject(error)));
    },
  };
}

/** The live owner of `dataDir`, if any (stale claims are cleared on the way). */
export async function findDataDirHolder(dataDir: string): Promise<DataDirHolder | undefined> {
  const rivals = await rivalClaims(lockDirectory(dataDir));
  return rivals.find((rival) => rival.state === 'held') ?? rivals[0];
}
