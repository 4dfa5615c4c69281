import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirBusyError, DataDirHolder, acquireDataDirLock, findDataDirHolder } from './data-dir-lock';
import { currentProcessIdentity } from './process-identity';

describe('the DATA_DIR lock', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'data-dir-lock-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const claims = () => readdirSync(join(dataDir, 'lock')).filter((name) => name.endsWith('.json'));

  /** Writes a claim as another process would have left it. */
  function leaveClaim(holder: Partial<DataDirHolder>, ageMs = 0): string {
    mkdirSync(join(dataDir, 'lock'), { recursive: true });
    const name = `${Date.now() - ageMs}-${holder.pid ?? 1}-abcdef.json`;
    const claim: DataDirHolder = {
      ...currentProcessIdentity(),
      state: 'held',
      command: 'npm start',
      since: new Date(Date.now() - ageMs).toISOString(),
      ...holder,
    };
    writeFileSync(join(dataDir, 'lock', name), JSON.stringify(claim));
    const touched = new Date(Date.now() - ageMs);
    utimesSync(join(dataDir, 'lock', name), touched, touched);
    return name;
  }

  /** The pid of a process that has exited. */
  function deadPid(): number {
    return spawnSync(process.execPath, ['-e', '']).pid!;
  }

  it('admits one owner; a second is refused with one line naming the owner, its pid and since when', async () => {
    const lock = await acquireDataDirLock(dataDir);
    const refused = await acquireDataDirLock(dataDir).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DataDirBusyError);
    const message = (refused as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^DATA_DIR .* is in use by .+ \\(pid ${process.pid}, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\): `,
      ),
    );
    expect(message).not.toContain('\n');
    await lock.release();
    await (await acquireDataDirLock(dataDir)).release();
    expect(claims()).toEqual([]);
  });

  it('publishes the owner’s database address to other tools', async () => {
    const lock = await acquireDataDirLock(dataDir);
    await lock.publish({ wireUrl: 'postgresql://127.0.0.1:5555/postgres' });
    expect(await findDataDirHolder(dataDir)).toMatchObject({
      pid: process.pid,
      state: 'held',
      wireUrl: 'postgresql://127.0.0.1:5555/postgres',
    });
    await lock.release();
    expect(await findDataDirHolder(dataDir)).toBeUndefined();
  });

  it('takes over the claim of a process that was killed', async () => {
    const stale = leaveClaim({ pid: deadPid() });
    const lock = await acquireDataDirLock(dataDir);
    expect(claims()).not.toContain(stale);
    expect(claims()).toHaveLength(1);
    await lock.release();
  });

  it('takes over a claim whose pid now belongs to another process (pid reuse)', async () => {
    // This very pid is alive, but it was not this process that made the claim: its start time differs.
    const identity = currentProcessIdentity();
    expect(identity.startTicks).toBeDefined();
    leaveClaim({ pid: process.pid, startTicks: String(Number(identity.startTicks) - 1) });
    await (await acquireDataDirLock(dataDir)).release();
  });

  it('takes over a claim from before the last reboot', async () => {
    leaveClaim({ bootId: '00000000-0000-0000-0000-000000000000' });
    await (await acquireDataDirLock(dataDir)).release();
  });

  it('trusts a claim from another host while its owner keeps touching it, and takes it over once abandoned', async () => {
    leaveClaim({ hostname: 'other-host', pid: 4242 }, 5_000);
    const refused = await acquireDataDirLock(dataDir).catch((error: unknown) => error);
    expect((refused as Error).message).toContain('(pid 4242 on other-host, since');
    rmSync(join(dataDir, 'lock'), { recursive: true });
    leaveClaim({ hostname: 'other-host', pid: 4242 }, 120_000);
    await (await acquireDataDirLock(dataDir)).release();
  });

  it('lets exactly one of many processes racing for a stale claim win', async () => {
    leaveClaim({ pid: deadPid() });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => acquireDataDirLock(dataDir)));
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((result) => (result as PromiseRejectedResult).reason)).toEqual(
      Array.from({ length: 7 }, () => expect.any(DataDirBusyError)),
    );
    expect(claims()).toHaveLength(1);
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireDataDirLock>>>).value.release();
  });

  it('gives up on a rival that stays half-way through claiming, saying it is starting', async () => {
    leaveClaim({ state: 'claiming' });
    const refused = await acquireDataDirLock(dataDir).catch((error: unknown) => error);
    expect((refused as Error).message).toMatch(/is in use by .*: it is starting; try again in a moment$/);
  });
});
