import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../domain/domain-error';
import { moduleOfConsumer } from '../consumers/consumer-name';
import { EventRegistry } from '../envelope/event-registry';
import { IntegrationEvent } from '../integration-event';
import { EventStoreRepository } from '../outbox/event-store.repository';
import { OutboxSignal } from '../outbox/outbox-signal';
import { toEnvelope } from '../outbox/stored-event';
import { TRANSPORT_ADAPTER, TransportAdapter } from '../transports/transport-adapter';
import { DeadLetter, DeadLetterRepository } from './dead-letter.repository';

/** What a redrive request set in motion. */
export interface RedriveOutcome {
  /** Dead letters handed back to their consumer (or, for unpublishable events, to the relay). */
  accepted: number;
  /** Ids of dead letters left pending: no readable event, or one that must never be applied. */
  invalid: string[];
}

const BATCH = 100;

/**
 * Redrive: hands parked messages back, each kind its own way. A `failed` or `invalid` message goes to
 * the module of the consumer that parked it, through the active transport, as a first attempt (the
 * module's consumers that already applied it skip it in their inbox); an `unpublishable` stored event
 * goes back to the relay. Each happens only if the message now reads as a valid event; an
 * `unauthentic` one is never applied. Each dead letter is redriven at most once; if the consumer fails
 * again it parks a new dead letter (same event id), which is the one to redrive after the next fix.
 */
@Injectable()
export class DeadLetterRedrive {
  constructor(
    private readonly deadLetters: DeadLetterRepository,
    private readonly registry: EventRegistry,
    private readonly eventStore: EventStoreRepository,
    private readonly signal: OutboxSignal,
    @Inject(TRANSPORT_ADAPTER) private readonly transport: TransportAdapter,
  ) {}

  async redriveOne(id: string): Promise<RedriveOutcome> {
    const deadLetter = await this.deadLetters.find(id);
    if (!deadLetter) throw new DomainError('not-found', `Dead letter ${id} does not exist`, 'dead-letter.not-found');
    if (deadLetter.redrivenAt) {
      throw new DomainError(
        'conflict',
        `Dead letter ${id} was redriven at ${deadLetter.redrivenAt}; if it failed again, redrive the newer dead letter`,
        'dead-letter.already-redriven',
      );
    }
    const refusal = await this.refusal(deadLetter);
    if (refusal) throw new DomainError('conflict', `Dead letter ${id} ${refusal}`, 'dead-letter.invalid-message');
    await this.hand(deadLetter);
    return { accepted: 1, invalid: [] };
  }

  /** Every pending dead letter of `consumer` parked before this call, oldest first; unreadable ones stay pending. */
  async redriveConsumer(consumer: string): Promise<RedriveOutcome> {
    const outcome: RedriveOutcome = { accepted: 0, invalid: [] };
    // Bounded by what is parked now, so redrives that fail again and park anew are not picked up.
    const lastId = await this.deadLetters.lastId();
    let afterId = '0';
    for (;;) {
      const batch = await this.deadLetters.pendingUpTo(consumer, afterId, lastId, BATCH);
      const redrivable: DeadLetter[] = [];
      for (const deadLetter of batch) {
        if (await this.refusal(deadLetter)) outcome.invalid.push(deadLetter.id);
        else redrivable.push(deadLetter);
      }
      // Handed over together: the pipeline's lanes keep each stream's dead letters in parking order.
      await Promise.all(redrivable.map((deadLetter) => this.hand(deadLetter)));
      outcome.accepted += redrivable.length;
      if (batch.length < BATCH) return outcome;
      afterId = batch[batch.length - 1].id;
    }
  }

  private async hand(deadLetter: DeadLetter): Promise<void> {
    if (deadLetter.kind === 'unpublishable') {
      if (deadLetter.eventId && (await this.eventStore.releaseParked(deadLetter.eventId))) this.signal.notify();
    } else {
      const { event } = this.read(deadLetter.envelope);
      await this.transport.redeliver(moduleOfConsumer(deadLetter.consumer), event!.envelope);
    }
    await this.deadLetters.markRedriven(deadLetter.id);
  }

  /** Why this dead letter cannot be redriven now, or undefined if it can. */
  private async refusal(deadLetter: DeadLetter): Promise<string | undefined> {
    if (deadLetter.kind === 'unauthentic') {
      return `was published by an identity that does not own its module (${deadLetter.error}); it is never applied`;
    }
    if (deadLetter.truncated) return 'was too large to keep whole; it cannot be redriven';
    if (deadLetter.kind === 'unpublishable') {
      const stored = deadLetter.eventId ? await this.eventStore.find(deadLetter.eventId) : undefined;
      if (!stored) return 'refers to no stored event';
      const { error } = this.read(toEnvelope(stored));
      return error === undefined ? undefined : `still cannot be read: ${error}`;
    }
    const { error } = this.read(deadLetter.envelope);
    return error === undefined ? undefined : `holds no valid event (${error}); it cannot be redriven`;
  }

  /** The message as its current event version, or why it does not read as a valid event. */
  private read(message: unknown): { event?: IntegrationEvent; error?: string } {
    try {
      return { event: this.registry.parse(message) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }
}
