import { Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MetricsService } from '../../observability/metrics.service';
import { activeTraceParent, traceParentForCorrelation } from '../../observability/tracing/trace-parent';
import { RecordedEvent, createEnvelope } from '../envelope/envelope.factory';
import { currentMessageContext } from '../envelope/message-context';
import { EventEnvelope, IntegrationEvent, IntegrationEventClass, PayloadOf } from '../integration-event';
import { faultPoint } from '../testing/fault-points';
import { EventStoreRepository } from './event-store.repository';
import { OutboxSignal } from './outbox-signal';

export type { RecordedEvent } from '../envelope/envelope.factory';

/** One database transaction plus the events it will commit with its state change (the outbox). */
export interface Transaction {
  readonly manager: EntityManager;
  record<E extends IntegrationEvent>(
    eventClass: IntegrationEventClass<E>,
    event: RecordedEvent<PayloadOf<E>>,
  ): EventEnvelope;
}

/**
 * The single way to change state: runs `work` in a transaction, appends every event it recorded to
 * `messaging.event_store` in that same transaction, and wakes the relay after the commit.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eventStore: EventStoreRepository,
    private readonly signal: OutboxSignal,
    @Optional() private readonly metrics?: MetricsService,
  ) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const recorded: EventEnvelope[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const context = currentMessageContext();
      const tx: Transaction = {
        manager,
        record: (eventClass, event) => {
          const envelope = createEnvelope(eventClass.type, event, context);
          recorded.push(envelope);
          return envelope;
        },
      };
      const value = await work(tx);
      await this.eventStore.append(
        manager,
        recorded,
        activeTraceParent() ?? traceParentForCorrelation(context.correlationId),
      );
      return value;
    });
    if (recorded.length > 0) {
      faultPoint('after-outbox-commit');
      this.signal.notify();
    }
    for (const envelope of recorded) this.metrics?.countAppended(envelope.type);
    return result;
  }
}
