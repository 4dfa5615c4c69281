import { Injectable } from '@nestjs/common';
import { projectionLockSql } from '../../projections/projection-lock';
import { ConsumerRegistration } from '../consumers/consumer-registry';
import { runWithMessageContext } from '../envelope/message-context';
import { IntegrationEvent } from '../integration-event';
import { UnitOfWork } from '../outbox/unit-of-work';
import { faultPoint } from '../testing/fault-points';

export type InboxOutcome = 'applied' | 'duplicate';

const CLAIM = `INSERT INTO messaging.inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`;

/**
 * The claim of a projection's handler takes the projection's shared lock first, in the same statement:
 * the subquery's one row (the lock held) is what is inserted, so a rebuild still never overlaps a write,
 * and the round trip a separate lock statement cost is saved on every event.
 */
const CLAIM_UNDER_PROJECTION_LOCK = `INSERT INTO messaging.inbox (consumer, event_id)
  SELECT $1::text, $2::uuid FROM (${projectionLockSql('shared', '$3')}) AS projection_lock
  ON CONFLICT DO NOTHING RETURNING 1`;

/**
 * Applies one event to one consumer exactly once: the inbox row `(consumer, eventId)` and the
 * handler's effect (plus any events it records, caused by this one) commit in one transaction. A
 * duplicate delivery finds the row and does nothing; a failure rolls both back, so it can be retried.
 */
@Injectable()
export class Inbox {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async apply(registration: ConsumerRegistration, event: IntegrationEvent): Promise<InboxOutcome> {
    const { envelope } = event;
    const context = { correlationId: envelope.correlationId, causationId: envelope.eventId, actor: envelope.actor };
    const outcome = await runWithMessageContext(context, () =>
      this.unitOfWork.run(async (tx): Promise<InboxOutcome> => {
        const { projection } = registration;
        const inserted: unknown[] = projection
          ? await tx.manager.query(CLAIM_UNDER_PROJECTION_LOCK, [
              registration.consumer,
              envelope.eventId,
              projection.name,
            ])
          : await tx.manager.query(CLAIM, [registration.consumer, envelope.eventId]);
        if (inserted.length === 0) return 'duplicate';
        await registration.instance.handle(event, tx);
        faultPoint('consumer-before-commit');
        return 'applied';
      }),
    );
    if (outcome === 'applied') faultPoint('consumer-after-commit-before-ack');
    return outcome;
  }
}
