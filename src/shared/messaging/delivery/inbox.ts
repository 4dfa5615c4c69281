import { Injectable } from '@nestjs/common';
import { projectionLockSql } from '../../projections/projection-lock';
import { ConsumerRegistration } from '../consumers/consumer-registry';
import { runWithMessageContext } from '../envelope/message-context';
import { IntegrationEvent } from '../integration-event';
import { UnitOfWork } from '../outbox/unit-of-work';
import { faultPoint } from '../testing/fault-points';

export type InboxOutcome = 'applied' | 'duplicate';

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
        if (registration.projection)
          await tx.manager.query(projectionLockSql('shared'), [registration.projection.name]);
        const inserted: unknown[] = await tx.manager.query(
          `INSERT INTO messaging.inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
          [registration.consumer, envelope.eventId],
        );
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
