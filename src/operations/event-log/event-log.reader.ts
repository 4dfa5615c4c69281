import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStoreRow, StoredEvent, toStoredEvent } from '../../shared/messaging/outbox/stored-event';
import { EventRegistry } from '../../shared/messaging/envelope/event-registry';
import { subjectCondition } from '../../shared/messaging/outbox/subject-indexes';
import { typeCondition } from './event-type-pattern';
import { SettledPositions } from '../../shared/messaging/outbox/settled-positions';

const COLUMNS = `position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id,
  causation_id, actor, payload, published_at`;

export interface EventLogFilter {
  /** Exact type or `prefix*` (validated by the caller). */
  type?: string;
  streamId?: string;
}

/** Events after a position, up to the position through which the store was read. */
export interface EventLogSlice {
  events: StoredEvent[];
  /** Every event up to here that matches was returned, if fewer than `limit` came back. */
  settledUpTo: bigint;
}

/**
 * Reads `messaging.event_store` as stored (no upcasting: an audit of what was recorded) in position
 * order, never past the settled position, so paging by `position` misses nothing.
 */
@Injectable()
export class EventLogReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settled: SettledPositions,
    private readonly registry: EventRegistry,
  ) {}

  async page(filter: EventLogFilter, after: bigint, limit: number): Promise<EventLogSlice> {
    const settledUpTo = await this.settled.current();
    const conditions = ['position > $1', 'position <= $2'];
    const values: unknown[] = [after.toString(), settledUpTo.toString()];
    if (filter.type !== undefined) {
      const type = typeCondition(filter.type, `$${values.length + 1}`);
      conditions.push(type.sql);
      values.push(type.value);
    }
    if (filter.streamId !== undefined) {
      values.push(filter.streamId);
      conditions.push(`stream_id = $${values.length}`);
    }
    values.push(limit);
    const rows: EventStoreRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM messaging.event_store WHERE ${conditions.join(' AND ')}
       ORDER BY position LIMIT $${values.length}`,
      values,
    );
    return { events: rows.map(toStoredEvent), settledUpTo };
  }

  /** Events whose contract declares `subject` and whose payload names `id`, in position order. */
  async timeline(subject: string, id: string, after: bigint, limit: number): Promise<StoredEvent[]> {
    const settledUpTo = await this.settled.current();
    const condition = subjectCondition(this.registry, subject, '$1');
    const rows: EventStoreRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM messaging.event_store
       WHERE ${condition} AND position > $2 AND position <= $3
       ORDER BY position LIMIT $4`,
      [id, after.toString(), settledUpTo.toString(), limit],
    );
    return rows.map(toStoredEvent);
  }

  async mentions(subject: string, id: string): Promise<boolean> {
    const [{ found }] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM messaging.event_store WHERE ${subjectCondition(this.registry, subject, '$1')}) AS found`,
      [id],
    );
    return found;
  }
}
