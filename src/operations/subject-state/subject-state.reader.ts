import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventRegistry } from '../../shared/messaging/envelope/event-registry';
import { EventStoreRow, toStoredEvent } from '../../shared/messaging/outbox/stored-event';
import { SettledPositions } from '../../shared/messaging/outbox/settled-positions';
import { subjectCondition } from '../../shared/messaging/outbox/subject-indexes';
import { StatePart } from '../../shared/modularity/state-part';
import { StateCutoff } from './state-at';
import { SubjectEvent } from './subject-state.fold';

const COLUMNS = `position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id,
  causation_id, actor, payload, published_at`;

/**
 * Reads the stored events one subject's state parts fold, in position order, up to a cutoff and
 * never past the settled position (so a later read up to the same position sees the same events).
 * Found through the subject indexes timelines use; events of older versions come upcast.
 */
@Injectable()
export class SubjectStateReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settled: SettledPositions,
    private readonly registry: EventRegistry,
  ) {}

  async events(subject: string, id: string, parts: readonly StatePart[], cutoff: StateCutoff): Promise<SubjectEvent[]> {
    const folded = new Set(parts.flatMap((part) => part.events.map((eventClass) => eventClass.type)));
    // Stored types read as a folded one: the folded types themselves and the versions they supersede.
    const types = this.registry.types().filter((type) => folded.has(this.registry.currentTypeOf(type)));
    const settledUpTo = await this.settled.current();
    const limit = cutoff.kind === 'position' && cutoff.position < settledUpTo ? cutoff.position : settledUpTo;
    const values: unknown[] = [id, limit.toString(), types];
    const conditions = [subjectCondition(this.registry, subject, '$1'), 'position <= $2', 'type = ANY($3::text[])'];
    if (cutoff.kind === 'instant') {
      // From epoch milliseconds, exactly: any year a timestamp may name, none Postgres would refuse.
      values.push(cutoff.epochMs);
      conditions.push(`occurred_at <= timestamptz 'epoch' + $4::bigint * interval '1 millisecond'`);
    }
    const rows: EventStoreRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM messaging.event_store WHERE ${conditions.join(' AND ')} ORDER BY position`,
      values,
    );
    return rows.map((row) => this.registry.upcast(toStoredEvent(row)));
  }
}
