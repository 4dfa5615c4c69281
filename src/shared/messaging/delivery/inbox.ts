import { Inject, Injectable, Optional } from '@nestjs/common';
import { MetricsService } from '../../observability/metrics.service';
import { IntegrationEvent } from '../integration-event';
import { runWithMessageContext } from '../envelope/message-context';
import { UnitOfWork } from '../outbox/unit-of-work';
import { ConsumerRegistration } from '../consumers/consumer-registration';
import { ConsumerTelemetry } from './delivery-telemetry';
import { faultPoint } from '../testing/fault-points';

export type ProcessOutcome = 'applied' | 'duplicate';

/** `ReadonlyMap<consumer, projection>` of the consumers that maintain a rebuildable projection. */
export const PROJECTION_OF_CONSUMER = Symbol('PROJECTION_OF_CONSUMER');

/** The advisory lock a projection rebuild takes exclusively to swap tables; its live consumers take it shared. */
export const projectionLockSql = (mode: 'shared' | 'exclusive') =>
  `SELECT pg_advisory_xact_lock${mode === 'shared' ? '_shared' : ''}(hashtext('projection:' || $1))`;

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
    @Optional() @Inject(PROJECTION_OF_CONSUMER) private readonly projections?: ReadonlyMap<string, string>,
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
            const projection = this.projections?.get(registration.consumer);
            if (projection) await tx.manager.query(projectionLockSql('shared'), [projection]);
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
