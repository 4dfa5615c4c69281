import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const POSITION_SEQUENCE = 'messaging.event_store_position_seq';
const MAX_WAIT_MS = 2000;
const POLL_MS = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The highest event-store position up to which every position is settled: committed (and visible
 * to any query that starts now) or rolled back, never still in flight. Reading by `position` only
 * up to it never skips an event whose transaction drew a lower position but committed later.
 *
 * A transaction owns its id before it draws a position (migration 1764000000500). So every
 * position drawn so far (`drawn`) belongs to a transaction whose id is below the next id to be
 * assigned at the moment just after (`horizon`); once no transaction below the horizon runs, all
 * of them are settled. Comparing transaction ids instead (rows whose `xmin` precedes every running
 * transaction) would not do: a transaction can take its id early and its position late, and
 * commit while one with a higher id still holds a lower position.
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
    const [{ horizon }] = await this.dataSource.query(
      `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS horizon`,
    );
    for (const deadline = Date.now() + MAX_WAIT_MS; ;) {
      const [{ settled }] = await this.dataSource.query(
        `SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::xid8 AS settled`,
        [horizon],
      );
      if (settled) break;
      if (Date.now() >= deadline) return this.highest;
      await sleep(POLL_MS);
    }
    if (BigInt(drawn) > this.highest) this.highest = BigInt(drawn);
    return this.highest;
  }
}
