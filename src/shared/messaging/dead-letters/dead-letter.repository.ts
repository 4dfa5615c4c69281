import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/**
 * Why a message was parked, which decides what a redrive does with it: `failed` — a handler gave up
 * (redelivered to its module); `invalid` — not a valid event on arrival (redelivered once it reads as
 * one); `unauthentic` — published by an identity that does not own the event's module (never
 * redriven); `unpublishable` — a stored event the relay could not read (released to the relay again
 * once readable).
 */
export type DeadLetterKind = 'failed' | 'invalid' | 'unauthentic' | 'unpublishable';

/** A message given up on, kept for operators to inspect and redrive. */
export interface DeadLetter {
  id: string;
  consumer: string;
  kind: DeadLetterKind;
  eventId: string | null;
  type: string | null;
  /** The message as received, or `{truncated, bytes, head}` when it exceeded the storage limit. */
  envelope: unknown;
  truncated: boolean;
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

/** What the pipeline or the relay parks. */
export interface ParkedMessage {
  consumer: string;
  kind: DeadLetterKind;
  /** The envelope, or whatever arrived (bytes, text, JSON of any shape). */
  message: unknown;
  error: string;
  attempts: number;
}

interface DeadLetterRow {
  id: string;
  consumer: string;
  kind: DeadLetterKind;
  event_id: string | null;
  type: string | null;
  envelope: unknown;
  truncated: boolean;
  error: string;
  attempts: number;
  failed_at: Date;
  redriven_at: Date | null;
}

const toDeadLetter = (row: DeadLetterRow): DeadLetter => ({
  id: String(row.id),
  consumer: row.consumer,
  kind: row.kind,
  eventId: row.event_id,
  type: row.type,
  envelope: row.envelope,
  truncated: row.truncated,
  error: row.error,
  attempts: row.attempts,
  failedAt: new Date(row.failed_at).toISOString(),
  redrivenAt: row.redriven_at ? new Date(row.redriven_at).toISOString() : null,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ERROR_LIMIT = 4000;
/** What a truncated envelope keeps of the original text, for an operator to recognise it. */
const HEAD_CHARS = 1024;

// PostgreSQL text cannot hold NUL, nor jsonb NUL or unpaired surrogates; a forged message full of
// them must still be parkable, so they become U+FFFD in the stored copy.
const UNSTORABLE = new RegExp(
  // eslint-disable-next-line no-control-regex -- NUL is exactly what has to be found
  '\\u0000|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);
const storable = (text: string): string => text.replace(UNSTORABLE, '\ufffd');
const jsonForStorage = (value: object): string =>
  JSON.stringify(value)
    .replace(/\\u0000/g, '\\ufffd')
    .replace(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2})/gi, '\\ufffd')
    .replace(/(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/gi, '\\ufffd');

/** A JSON object; the bytes of a body that did not parse are not one (they are stored as text). */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value);

/** The text of a message as stored: JSON for objects, the decoded bytes for a body that was not JSON. */
function textOf(message: unknown): string {
  if (Buffer.isBuffer(message)) return message.toString('utf8');
  if (typeof message === 'string') return message;
  return JSON.stringify(message) ?? String(message);
}

/**
 * `messaging.dead_letter`: where the delivery pipeline and the relay park messages, whatever the
 * transport (RabbitMQ also keeps a copy in the module's DLQ); the operator's handle to list and
 * redrive them. An envelope larger than `DEAD_LETTER_MAX_ENVELOPE_BYTES` is stored truncated, so a
 * flood of huge poison messages cannot fill the database or make a page of the list huge.
 */
@Injectable()
export class DeadLetterRepository {
  private readonly maxEnvelopeBytes: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxEnvelopeBytes = config.consumer.deadLetterMaxEnvelopeBytes;
  }

  /** Parks a message; in `manager`'s transaction when given (the relay parks and flags the stored event together). */
  async park(entry: ParkedMessage, manager: Pick<EntityManager, 'query'> = this.dataSource): Promise<void> {
    const { stored, truncated } = this.storable(entry.message);
    const eventId = isRecord(entry.message) ? entry.message.eventId : undefined;
    const type = isRecord(entry.message) ? entry.message.type : undefined;
    await manager.query(
      `INSERT INTO messaging.dead_letter (consumer, kind, event_id, type, envelope, truncated, error, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.consumer,
        entry.kind,
        typeof eventId === 'string' && UUID.test(eventId) ? eventId : null,
        typeof type === 'string' ? storable(type.slice(0, 200)) : null,
        jsonForStorage(stored),
        truncated,
        storable(entry.error.slice(0, ERROR_LIMIT)),
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

  /** Pending dead letters per consumer, for the `dead_letters_pending` gauge. */
  async pendingByConsumer(): Promise<Map<string, number>> {
    const rows: Array<{ consumer: string; pending: number }> = await this.dataSource.query(
      `SELECT consumer, count(*)::int AS pending FROM messaging.dead_letter WHERE redriven_at IS NULL GROUP BY consumer`,
    );
    return new Map(rows.map((row) => [row.consumer, row.pending]));
  }

  /** The message as a JSON object, cut to the storage limit (then marked truncated). */
  private storable(message: unknown): { stored: object; truncated: boolean } {
    const text = textOf(message);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > this.maxEnvelopeBytes) {
      return { stored: { truncated: true, bytes, head: text.slice(0, HEAD_CHARS) }, truncated: true };
    }
    if (isRecord(message) && !Buffer.isBuffer(message)) return { stored: message, truncated: false };
    // Parsed JSON that is not an object, or a body that was not JSON at all.
    try {
      const parsed: unknown = JSON.parse(text);
      if (isRecord(parsed)) return { stored: parsed, truncated: false };
    } catch {
      // Not JSON: kept as text below.
    }
    return { stored: { raw: text }, truncated: false };
  }
}
