import { Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MetricsService } from '../../observability/metrics.service';
import { activeTraceParent } from '../../observability/tracing/trace-parent';
import { EventStoreRepository } from './event-store.repository';
import { EventEnvelope, IntegrationEvent, IntegrationEventClass, PayloadOf } from '../integration-event';
import { currentMessageContext } from '../envelope/message-context';
import { OutboxSignal } from './outbox-signal';
import { uuidV7 } from '../envelope/uuid-v7';
import { faultPoint } from '../testing/fault-points';

/** What a command or event handler records: the stream it belongs to and the payload. */
export interface RecordedEvent<P> {
  streamId: string;
  streamVersion: number;
  payload: P;
}

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
          const envelope: EventEnvelope = {
            eventId: uuidV7(),
            type: eventClass.type,
            streamId: event.streamId,
            streamVersion: event.streamVersion,
            occurredAt: new Date().toISOString(),
            correlationId: context.correlationId,
            causationId: context.causationId,
            actor: context.actor,
            payload: event.payload,
          };
          recorded.push(envelope);
          return envelope;
        },
      };
      const value = await work(tx);
      await this.eventStore.append(manager, recorded, activeTraceParent());
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
