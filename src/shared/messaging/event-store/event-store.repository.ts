import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope } from '../integration-event';
import { EventStoreRow, StoredEvent, moduleOfType, toStoredEvent } from './stored-event';

/** Postgres channel notified (at commit) whenever events are appended, to wake relays at once. */
export const OUTBOX_CHANNEL = 'ecomm_outbox';

const COLUMNS = `position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id,
  causation_id, actor, payload, published_at`;

/** Raw SQL access to `messaging.event_store`, the outbox and event log in one table. */
@Injectable()
export class EventStoreRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends envelopes inside the caller's transaction; a stream version clash aborts that transaction. */
  async append(manager: EntityManager, envelopes: readonly EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    const values: unknown[] = [];
    const rows = envelopes.map((envelope, index) => {
      const offset = index * 10;
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
      );
      return `(${Array.from({ length: 10 }, (_, column) => `$${offset + column + 1}`).join(', ')})`;
    });
    await manager.query(
      `INSERT INTO messaging.event_store
        (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id, actor, payload)
       VALUES ${rows.join(', ')}`,
      values,
    );
    const modules = [...new Set(envelopes.map((envelope) => moduleOfType(envelope.type)))];
    await manager.query(`SELECT pg_notify($1, $2)`, [OUTBOX_CHANNEL, modules.join(',')]);
  }

  async findUnpublished(modules: readonly string[], limit: number): Promise<StoredEvent[]> {
    const rows: EventStoreRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM messaging.event_store
       WHERE published_at IS NULL AND module = ANY($1) ORDER BY position LIMIT $2`,
      [modules, limit],
    );
    return rows.map(toStoredEvent);
  }

  async markPublished(positions: readonly string[]): Promise<void> {
    if (positions.length === 0) return;
    await this.dataSource.query(
      `UPDATE messaging.event_store SET published_at = now() WHERE position = ANY($1::bigint[]) AND published_at IS NULL`,
      [positions],
    );
  }

  async countUnpublished(modules: readonly string[]): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM messaging.event_store WHERE published_at IS NULL AND module = ANY($1)`,
      [modules],
    );
    return row.count;
  }
}
