import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventRegistry } from '../envelope/event-registry';

/** A payload field name as contracts declare it; anything else never reaches SQL. */
const FIELD = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

const indexName = (field: string): string =>
  `event_store_subject_${field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()}_idx`;

/**
 * The indexes that find a subject's events (`payload->>'<field>'`, for timelines), one per payload
 * field the contracts declare a subject in. Created from those declarations when the kernel starts —
 * the kernel never names a module's field itself — and a no-op once they exist.
 */
export async function ensureSubjectIndexes(dataSource: DataSource, registry: EventRegistry): Promise<void> {
  const fields = new Set(
    registry.subjects().flatMap((subject) => registry.subjectFields(subject).map(({ field }) => field)),
  );
  for (const field of fields) {
    if (!FIELD.test(field)) throw new Error(`subject field "${field}" is not a plain payload field name`);
    try {
      await dataSource.query(
        `CREATE INDEX IF NOT EXISTS ${indexName(field)} ON messaging.event_store ((payload->>'${field}'), position)`,
      );
    } catch (error) {
      // Another instance starting at the same moment may have created it first.
      new Logger('SubjectIndexes').warn(`could not create the index of subject field ${field}: ${String(error)}`);
    }
  }
}

/**
 * The SQL condition matching stored events about one subject whose id is the bind `parameter`: for
 * each payload field the contracts declare the subject in, that field equals the id (using its subject
 * index) and the event is of a type declaring it. Field names and wire types are validated declarations.
 */
export function subjectCondition(registry: EventRegistry, subject: string, parameter: string): string {
  const clauses = registry.subjectFields(subject).map(({ field, types }) => {
    if (!FIELD.test(field)) throw new Error(`subject field "${field}" is not a plain payload field name`);
    return `((payload->>'${field}') = ${parameter} AND type = ANY('{${types.join(',')}}'::text[]))`;
  });
  return clauses.length > 0 ? `(${clauses.join(' OR ')})` : 'false';
}
