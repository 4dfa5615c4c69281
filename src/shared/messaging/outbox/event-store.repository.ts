import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { moduleOfType } from '../envelope/event-registry';
import { EventEnvelope } from '../integration-event';
import { EventStoreRow, StoredEvent, UnpublishedEvent, toStoredEvent } from './stored-event';

/** Postgres channel notified (at commit) whenever events are appended, to wake relays at once. */
export const OUTBOX_CHANNEL = 'ecomm_outbox';

const COLUMNS = `position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id,
  causation_id, actor, payload, published_at`;

/** Raw SQL access to `messaging.event_store`, the outbox and event log in one table. */
@Injectable()
export class EventStoreRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends envelopes inside the caller's transaction; a stream version clash aborts that transaction.
   * `traceParent` is the trace they were recorded in, for the relay to continue.
   */
  async append(
    manager: EntityManager,
    envelopes: readonly EventEnvelope[],
    traceParent: string | null = null,
  ): Promise<void> {
    if (envelopes.length === 0) return;
    const values: unknown[] = [];
    const rows = envelopes.map((envelope, index) => {
      const offset = index * 11;
      values.push(
        envelope.eventId,
        envelope.type,
        moduleOfType(envelope.type),
        envelope.streamId,
        envelope.streamVersion,
        envelope.occurredAt,
        envelope.correlationId,
        envelope.causationId,
        envelope.actor,
        JSON.stringify(envelope.payload),
        traceParent,
      );
      return `(${Array.from({ length: 11 }, (_, column) => `$${offset + column + 1}`).join(', ')})`;
    });
    const modules = [...new Set(envelopes.map((envelope) => moduleOfType(envelope.type)))];
    // One round trip: the notification (delivered at commit) rides along with the insert.
    await manager.query(
      `WITH appended AS (
         INSERT INTO messaging.event_store
           (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id, actor, payload,
            trace_parent)
         VALUES ${rows.join(', ')})
       SELECT pg_notify($${values.length + 1}, $${values.length + 2})`,
      [...values, OUTBOX_CHANNEL, modules.join(',')],
    );
  }

  /**
   * The oldest unpublished (and not parked) events of `modules` but those at `excluding` (in the
   * relay's hands), as stored, each with the trace it was recorded in.
   */
  async findUnpublished(
    modules: readonly string[],
    limit: number,
    excluding: readonly string[] = [],
  ): Promise<UnpublishedEvent[]> {
    const rows: (EventStoreRow & { trace_parent: string | null })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, trace_parent FROM messaging.event_store
       WHERE published_at IS NULL AND parked_at IS NULL AND module = ANY($1) AND NOT position = ANY($3::bigint[])
       ORDER BY position LIMIT $2`,
      [modules, limit, excluding],
    );
    return rows.map((row) => ({ ...toStoredEvent(row), traceParent: row.trace_parent }));
  }

  /** Flags a stored event the relay cannot read, so it stops holding up the events after it. */
  async markParked(manager: Pick<EntityManager, 'query'>, position: string): Promise<void> {
    await manager.query(`UPDATE messaging.event_store SET parked_at = now() WHERE position = $1`, [position]);
  }

  /** Hands a parked event back to the relay; false when it is not parked (any more). */
  async releaseParked(eventId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE messaging.event_store SET parked_at = NULL WHERE event_id = $1 AND parked_at IS NOT NULL RETURNING 1`,
      [eventId],
    );
    return rows.length > 0;
  }

  /** One stored event by id, as stored. */
  async find(eventId: string): Promise<StoredEvent | undefined> {
    const rows: EventStoreRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM messaging.event_store WHERE event_id = $1`,
      [eventId],
    );
    return rows[0] && toStoredEvent(rows[0]);
  }

  /**
   * Commits without waiting for the WAL flush: a mark lost in a crash only means those events are
   * published again, which consumers' inboxes absorb. One round trip: the two statements run as one
   * implicit transaction, which is why the positions (digits read from this table) are inlined.
   */
  async markPublished(positions: readonly string[]): Promise<void> {
    if (positions.length === 0) return;
    if (!positions.every((position) => /^\d+$/.test(position))) throw new Error('event positions must be integers');
    await this.dataSource.query(
      `SET LOCAL synchronous_commit = off;
       UPDATE messaging.event_store SET published_at = now()
       WHERE position = ANY('{${positions.join(',')}}'::bigint[]) AND published_at IS NULL`,
    );
  }
}
