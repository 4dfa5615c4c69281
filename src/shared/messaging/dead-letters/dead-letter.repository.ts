import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A message a consumer gave up on, kept for operators to inspect and redrive. */
export interface DeadLetter {
  id: string;
  consumer: string;
  eventId: string | null;
  type: string | null;
  envelope: unknown;
  error: string;
  attempts: number;
  failedAt: string;
  redrivenAt: string | null;
}

export type DeadLetterStatus = 'pending' | 'redriven';

export interface DeadLetterFilter {
  consumer?: string;
  status?: DeadLetterStatus;
}

interface DeadLetterRow {
  id: string;
  consumer: string;
  event_id: string | null;
  type: string | null;
  envelope: unknown;
  error: string;
  attempts: number;
  failed_at: Date;
  redriven_at: Date | null;
}

const toDeadLetter = (row: DeadLetterRow): DeadLetter => ({
  id: String(row.id),
  consumer: row.consumer,
  eventId: row.event_id,
  type: row.type,
  envelope: row.envelope,
  error: row.error,
  attempts: row.attempts,
  failedAt: new Date(row.failed_at).toISOString(),
  redrivenAt: row.redriven_at ? new Date(row.redriven_at).toISOString() : null,
});

const asObject = (raw: unknown): object =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : { raw: String(raw) };

/**
 * `messaging.dead_letter`: where both transports park messages a consumer gave up on (RabbitMQ also
 * keeps a copy in the module's DLQ); the operator's handle to list and redrive them.
 */
@Injectable()
export class DeadLetterRepository {
  constructor(private readonly dataSource: DataSource) {}

  async park(entry: { consumer: string; envelope: unknown; error: string; attempts: number }): Promise<void> {
    const envelope = asObject(entry.envelope) as { eventId?: unknown; type?: unknown };
    await this.dataSource.query(
      `INSERT INTO messaging.dead_letter (consumer, event_id, type, envelope, error, attempts)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        entry.consumer,
        typeof envelope.eventId === 'string' && /^[0-9a-f-]{36}$/.test(envelope.eventId) ? envelope.eventId : null,
        typeof envelope.type === 'string' ? envelope.type : null,
        JSON.stringify(envelope),
        entry.error.slice(0, 4000),
        entry.attempts,
      ],
    );
  }

  /** A page in id (parking) order: `consumer` and `status` narrow it, `afterId` continues a previous page. */
  async page(filter: DeadLetterFilter, afterId: string | undefined, limit: number): Promise<DeadLetter[]> {
    const rows: DeadLetterRow[] = await this.dataSource.query(
      `SELECT * FROM messaging.dead_letter
       WHERE ($1::text IS NULL OR consumer = $1)
         AND ($2::text IS NULL OR (redriven_at IS NULL) = ($2 = 'pending'))
         AND id > $3
       ORDER BY id LIMIT $4`,
      [filter.consumer ?? null, filter.status ?? null, afterId ?? '0', limit],
    );
    return rows.map(toDeadLetter);
  }

  /** Not yet redriven messages of `consumer` parked up to `lastId`, after `afterId`, oldest first. */
  async pendingUpTo(consumer: string, afterId: string, lastId: string, limit: number): Promise<DeadLetter[]> {
    const rows: DeadLetterRow[] = await this.dataSource.query(
      `SELECT * FROM messaging.dead_letter
       WHERE consumer = $1 AND redriven_at IS NULL AND id > $2 AND id <= $3 ORDER BY id LIMIT $4`,
      [consumer, afterId, lastId, limit],
    );
    return rows.map(toDeadLetter);
  }

  /** The newest id parked so far, or '0'. */
  async lastId(): Promise<string> {
    const rows: Array<{ id: string | null }> = await this.dataSource.query(
      `SELECT max(id) AS id FROM messaging.dead_letter`,
    );
    return String(rows[0]?.id ?? '0');
  }

  async find(id: string): Promise<DeadLetter | undefined> {
    const rows: DeadLetterRow[] = await this.dataSource.query(`SELECT * FROM messaging.dead_letter WHERE id = $1`, [
      id,
    ]);
    return rows[0] && toDeadLetter(rows[0]);
  }

  /** Records that the message was handed back to its consumer; the first hand-over's time is kept. */
  async markRedriven(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE messaging.dead_letter SET redriven_at = now() WHERE id = $1 AND redriven_at IS NULL`,
      [id],
    );
  }
}
