import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const POSITION_SEQUENCE = 'messaging.event_store_position_seq';
const MAX_WAIT_MS = 2000;
const POLL_MS = 10;

/** Every transaction holds an exclusive lock on its own id from the moment it gets one until it ends. */
const RUNNING_TRANSACTIONS = `FROM pg_locks WHERE locktype = 'transactionid' AND mode = 'ExclusiveLock' AND granted`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The highest event-store position up to which every position is settled: committed (and visible
 * to any query that starts now) or rolled back, never still in flight. Reading by `position` only
 * up to it never skips an event whose transaction drew a lower position but committed later.
 *
 * A transaction owns its id, and the lock on it, before it draws a position (migration
 * 1764000000500). So once every transaction running just after the sequence was read has ended,
 * every position drawn before that read is settled. Two shortcuts do not work: comparing rows'
 * transaction ids with the oldest running one (a transaction can take its id early and its
 * position late, and commit while one with a higher id still holds a lower position), and a
 * snapshot's `xmax` as the bound of running ids (it is one past the latest *completed* id, so
 * younger transactions still running are not listed in the snapshot).
 */
@Injectable()
export class SettledPositions {
  private highest = 0n;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Waits (briefly) for the transactions in flight now to end, so a reader sees what was committed
   * before it asked. If one outlasts the wait — transaction ids are server-wide, so this can be a
   * long transaction in any database — the last position found settled is returned instead.
   */
  async current(): Promise<bigint> {
    const [{ drawn }] = await this.dataSource.query(
      `SELECT coalesce(pg_sequence_last_value('${POSITION_SEQUENCE}'), 0)::text AS drawn`,
    );
    const [{ running }] = await this.dataSource.query(
      `SELECT coalesce(array_agg(transactionid::text), '{}') AS running ${RUNNING_TRANSACTIONS}`,
    );
    for (const deadline = Date.now() + MAX_WAIT_MS; running.length > 0;) {
      const [{ settled }] = await this.dataSource.query(
        `SELECT NOT EXISTS (SELECT 1 ${RUNNING_TRANSACTIONS} AND transactionid::text = ANY($1)) AS settled`,
        [running],
      );
      if (settled) break;
      if (Date.now() >= deadline) return this.highest;
      await sleep(POLL_MS);
    }
    if (BigInt(drawn) > this.highest) this.highest = BigInt(drawn);
    return this.highest;
  }
}
