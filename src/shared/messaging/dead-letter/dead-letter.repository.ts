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

/** `messaging.dead_letter`: where the in-process transport parks messages that keep failing. */
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

  async listPending(consumer?: string, limit = 100): Promise<DeadLetter[]> {
    const rows: DeadLetterRow[] = await this.dataSource.query(
      `SELECT * FROM messaging.dead_letter WHERE redriven_at IS NULL AND ($1::text IS NULL OR consumer = $1)
       ORDER BY id LIMIT $2`,
      [consumer ?? null, limit],
    );
    return rows.map(toDeadLetter);
  }

  async find(id: string): Promise<DeadLetter | undefined> {
    const rows: DeadLetterRow[] = await this.dataSource.query(`SELECT * FROM messaging.dead_letter WHERE id = $1`, [id]);
    return rows[0] && toDeadLetter(rows[0]);
  }

  async markRedriven(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE messaging.dead_letter SET redriven_at = now() WHERE id = $1`, [id]);
  }
}
