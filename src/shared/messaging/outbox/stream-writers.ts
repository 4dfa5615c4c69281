import { Injectable } from '@nestjs/common';

/**
 * Lines up this process's changes of one stream, in arrival order, so they reach the database one at
 * a time. Optimistic concurrency stays the guard (other processes append too); this only keeps
 * writers in one process from all deciding on the same version and all but one starting over, which
 * under a burst on one stream costs each commit a retry of every other writer. Not a lock: nothing is
 * held in the database, and a stream's queue is dropped as soon as it is empty.
 */
@Injectable()
export class StreamWriters {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `change` once every change of `streamId` queued before it has settled (resolved or failed). */
  run<T>(streamId: string, change: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(streamId) ?? Promise.resolve();
    const result = previous.then(change);
    const tail = result.catch(() => undefined);
    this.tails.set(streamId, tail);
    void tail.then(() => {
      if (this.tails.get(streamId) === tail) this.tails.delete(streamId);
    });
    return result;
  }

  /** Streams with changes queued or running (for tests and metrics). */
  get busyStreams(): number {
    return this.tails.size;
  }
}
