import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../domain/domain-error';
import { EventRegistry, InvalidEventError } from '../envelope/event-registry';
import { IntegrationEvent } from '../integration-event';
import { DEAD_LETTER_REDELIVERY, DeadLetterRedelivery } from '../dead-letter/dead-letter-redelivery';
import { DeadLetter, DeadLetterRepository } from './dead-letter.repository';

/** What a redrive request set in motion. */
export interface RedriveOutcome {
  /** Dead letters handed back (or, in-process, queued to be handed back) to their consumer. */
  accepted: number;
  /** Ids of dead letters left pending because they hold no valid event. */
  invalid: string[];
}

const BATCH = 100;

/**
 * Redrive: hands parked events back to the consumer that gave up on them, through the active
 * transport. Each dead letter is redriven at most once; if the consumer fails again it parks a new
 * dead letter (same event id), which is the one to redrive after the next fix.
 */
@Injectable()
export class DeadLetterRedrive {
  constructor(
    private readonly deadLetters: DeadLetterRepository,
    private readonly registry: EventRegistry,
    @Inject(DEAD_LETTER_REDELIVERY) private readonly redelivery: DeadLetterRedelivery,
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
    const event = this.eventOf(deadLetter);
    if (!event) {
      throw new DomainError(
        'conflict',
        `Dead letter ${id} holds no valid event (${deadLetter.error}); it cannot be redriven`,
        'dead-letter.invalid-message',
      );
    }
    await this.hand(deadLetter, event);
    return { accepted: 1, invalid: [] };
  }

  /** Every pending dead letter of `consumer` parked before this call, oldest first; invalid ones stay pending. */
  async redriveConsumer(consumer: string): Promise<RedriveOutcome> {
    const outcome: RedriveOutcome = { accepted: 0, invalid: [] };
    // Bounded by what is parked now, so redrives that fail again and park anew are not picked up.
    const lastId = await this.deadLetters.lastId();
    let afterId = '0';
    for (;;) {
      const batch = await this.deadLetters.pendingUpTo(consumer, afterId, lastId, BATCH);
      for (const deadLetter of batch) {
        const event = this.eventOf(deadLetter);
        if (!event) {
          outcome.invalid.push(deadLetter.id);
          continue;
        }
        await this.hand(deadLetter, event);
        outcome.accepted++;
      }
      if (batch.length < BATCH) return outcome;
      afterId = batch[batch.length - 1].id;
    }
  }

  private hand(deadLetter: DeadLetter, event: IntegrationEvent): Promise<void> {
    return this.redelivery.redeliver(deadLetter.consumer, event, () => this.deadLetters.markRedriven(deadLetter.id));
  }

  /** The stored envelope as its current event version, or undefined if it never was a valid event. */
  private eventOf(deadLetter: DeadLetter): IntegrationEvent | undefined {
    try {
      return this.registry.parse(deadLetter.envelope);
    } catch (error) {
      if (error instanceof InvalidEventError) return undefined;
      throw error;
    }
  }
}
