import { Page, decodeCursor, encodeCursor } from '../../shared/http/pagination';
import { ProblemException } from '../../shared/http/problem.exception';
import { StoredEvent } from '../../shared/messaging/outbox/stored-event';
import { EventPositionQueryDto, POSITION_PATTERN } from './event-log-query.dto';

/** The position a read starts after: from `cursor`, from `after`, or the beginning. */
export function startPosition({ after, cursor }: EventPositionQueryDto): bigint {
  if (cursor === undefined) return BigInt(after ?? '0');
  if (after !== undefined) throw ProblemException.badField('cursor', 'pass either cursor or after, not both');
  const { position } = decodeCursor<{ position?: unknown }>(cursor);
  if (typeof position !== 'string' || !POSITION_PATTERN.test(position)) {
    throw ProblemException.badField('cursor', 'cursor is malformed; pass the nextCursor of a previous page');
  }
  return BigInt(position);
}

/** A full page links to the next one; a shorter page means the reader has caught up (for now). */
export function eventPage(events: StoredEvent[], limit: number): Page<StoredEvent> {
  const last = events.at(-1);
  return {
    items: events,
    nextCursor: events.length === limit && last ? encodeCursor({ position: last.position }) : null,
  };
}
