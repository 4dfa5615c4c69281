import { setTimeout as sleep } from 'node:timers/promises';

/** The unique (stream_id, stream_version) constraint of `messaging.event_store`. */
const STREAM_VERSION_CONSTRAINT = 'event_store_stream_version_unique';

/**
 * Another writer appended to the stream since it was loaded: the decision was made on a stale state
 * and must be made again. Thrown by a module's own check (a read model row no longer at the loaded
 * version); the event store's unique (stream, version) raises the same condition as a database error.
 */
export class StreamVersionConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
  ) {
    super(`stream ${streamId} moved past version ${expectedVersion} while a change was decided`);
    this.name = 'StreamVersionConflictError';
  }
}

/** Whether `error` says a stream changed under an append: our own error, or the event store's unique violation. */
export function isStreamVersionConflict(error: unknown): boolean {
  if (error instanceof StreamVersionConflictError) return true;
  const cause = error as {
    code?: unknown;
    constraint?: unknown;
    driverError?: { code?: unknown; constraint?: unknown };
  };
  const driver = cause?.driverError ?? cause;
  return driver?.code === '23505' && driver?.constraint === STREAM_VERSION_CONSTRAINT;
}

export interface OptimisticRetry {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The error to throw once every attempt lost to a concurrent writer (a problem the HTTP edge maps). */
  exhausted: () => Error;
}

/**
 * Runs `attempt` (a whole load-decide-append transaction) again while it loses to a concurrent append
 * on its stream. Each loss means another writer committed, so a stream with k competing writes costs
 * a request at most k retries. No long back-off: a loser already waited for the winner's commit (its
 * write blocked on the same row or key), so retrying at once is paced by the commits themselves; a
 * pause of a few milliseconds only keeps the losers of one commit from retrying in lockstep (a
 * growing back-off measured slower under contention: it left the database idle). Any other error
 * propagates as it is.
 */
export async function retryOnStreamConflict<T>(attempt: () => Promise<T>, retry: OptimisticRetry): Promise<T> {
  for (let made = 1; ; made++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isStreamVersionConflict(error)) throw error;
      if (made >= retry.attempts) throw retry.exhausted();
      await sleep(Math.random() * Math.min(made, 5));
    }
  }
}
