import { IntegrationEvent } from '../integration-event';

/**
 * How the active transport hands a parked event back to the consumer that gave up on it. An
 * implementation calls `handedOver` (which marks the dead letter redriven) only once the event is
 * durably back in the consumer's hands, so a crash in between leaves the dead letter pending and the
 * operator can redrive it again; the consumer's inbox absorbs the duplicate that may cause.
 */
export interface DeadLetterRedelivery {
  /** Resolves when the redrive is accepted; the hand-over may finish later (in-process). */
  redeliver(consumer: string, event: IntegrationEvent, handedOver: () => Promise<void>): Promise<void>;
}

export const DEAD_LETTER_REDELIVERY = Symbol('DEAD_LETTER_REDELIVERY');

/** The transport could not take the event back right now (broker unreachable); the dead letter stays pending. */
export class RedeliveryUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedeliveryUnavailableError';
  }
}
