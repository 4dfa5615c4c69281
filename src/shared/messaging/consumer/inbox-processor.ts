import { Injectable, Optional } from '@nestjs/common';
import { MetricsService } from '../../observability/metrics.service';
import { IntegrationEvent } from '../integration-event';
import { runWithMessageContext } from '../message-context';
import { UnitOfWork } from '../unit-of-work';
import { ConsumerRegistration } from './consumer-registration';
import { ConsumerTelemetry } from './consumer-telemetry';
import { faultPoint } from '../testing/fault-points';

export type ProcessOutcome = 'applied' | 'duplicate';

/**
 * Applies one event to one consumer exactly once: the inbox row `(consumer, eventId)` and the
 * handler's effect (plus any events it records) commit in one transaction. A duplicate delivery
 * finds the row and does nothing; a failure rolls both back, so the event can be retried.
 */
@Injectable()
export class InboxProcessor {
  /** Shared with the transports' retry and dead-letter paths, so every outcome is reported one way. */
  readonly telemetry: ConsumerTelemetry;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Optional() metrics?: MetricsService,
  ) {
    this.telemetry = new ConsumerTelemetry(metrics);
  }

  process(registration: ConsumerRegistration, event: IntegrationEvent): Promise<ProcessOutcome> {
    const { envelope } = event;
    const context = { correlationId: envelope.correlationId, causationId: envelope.eventId, actor: envelope.actor };
    return runWithMessageContext(context, () =>
      this.telemetry.observe(registration.consumer, envelope, () =>
        this.unitOfWork
          .run(async (tx): Promise<ProcessOutcome> => {
            const inserted: unknown[] = await tx.manager.query(
              `INSERT INTO messaging.inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
              [registration.consumer, envelope.eventId],
            );
            if (inserted.length === 0) return 'duplicate';
            await registration.handler.handle(event, tx);
            faultPoint('consumer-before-commit');
            return 'applied';
          })
          .then((outcome) => {
            if (outcome === 'applied') faultPoint('consumer-after-commit-before-ack');
            return outcome;
          }),
      ),
    );
  }
}
