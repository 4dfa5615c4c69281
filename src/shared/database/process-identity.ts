import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * What another process needs to tell, later, whether this very process still runs: a pid alone is
 * not enough, because pids are reused. On Linux the process's start time (in clock ticks since
 * boot), the boot id and the pid namespace pin it down; elsewhere only the pid and host are known.
 */
export interface ProcessIdentity {
  pid: number;
  hostname: string;
  bootId?: string;
  pidNamespace?: string;
  startTicks?: string;
}

/** `running`: that process is alive; `gone`: it is not; `unknown`: it runs on another host or in another container. */
export type ProcessStatus = 'running' | 'gone' | 'unknown';

function readOptional(read: () => string): string | undefined {
  try {
    return read().trim();
  } catch {
    return undefined;
  }
}

/** Field 22 of `/proc/<pid>/stat`, read after the command name, which may itself hold spaces and parentheses. */
function startTicksOf(pid: number): string | undefined {
  const stat = readOptional(() => readFileSync(`/proc/${pid}/stat`, 'utf8'));
  if (stat === undefined) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

export function currentProcessIdentity(): ProcessIdentity {
  return {
    pid: process.pid,
    hostname: hostname(),
    bootId: readOptional(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8')),
    pidNamespace: readOptional(() => readlinkSync('/proc/self/ns/pid')),
    startTicks: startTicksOf(process.pid),
  };
}

function differs(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/** Whether the process `identity` describes still runs, as far as this process can see. */
export function processStatus(identity: ProcessIdentity): ProcessStatus {
  const here = currentProcessIdentity();
  if (identity.hostname !== here.hostname || differs(identity.pidNamespace, here.pidNamespace)) return 'unknown';
  if (differs(identity.bootId, here.bootId)) return 'gone';
  try {
    process.kill(identity.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'gone';
  }
  return differs(identity.startTicks, startTicksOf(identity.pid)) ? 'gone' : 'running';
}
