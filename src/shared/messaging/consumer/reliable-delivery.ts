import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DeadLetterRepository } from '../dead-letters/dead-letter.repository';
import { IntegrationEvent } from '../integration-event';
import { backoffDelayMs, shouldRetry } from '../delivery/retry-policy';
import { ConsumerRegistration } from '../consumers/consumer-registration';
import { InboxProcessor, ProcessOutcome } from '../delivery/inbox';

export type DeliveryOutcome = ProcessOutcome | 'dead-lettered';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * In-process delivery with retries: exponential backoff between attempts, then the message is parked
 * in `messaging.dead_letter` with the last error so the stream of other events keeps moving.
 */
@Injectable()
export class ReliableDelivery {
  private readonly logger = new Logger(ReliableDelivery.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inbox: InboxProcessor,
    private readonly deadLetters: DeadLetterRepository,
  ) {}

  async deliver(registration: ConsumerRegistration, event: IntegrationEvent): Promise<DeliveryOutcome> {
    const policy = this.config.consumer;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.inbox.process(registration, event);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!shouldRetry(policy, attempt)) {
          this.logger.error(
            `${registration.consumer} gave up on ${event.envelope.type} ${event.envelope.eventId} after ${attempt} attempts: ${message}`,
          );
          await this.deadLetters.park({
            consumer: registration.consumer,
            envelope: event.envelope,
            error: message,
            attempts: attempt,
          });
          this.inbox.telemetry.deadLettered(registration.consumer, event.envelope);
          return 'dead-lettered';
        }
        this.logger.warn(`${registration.consumer} failed on ${event.envelope.type} (attempt ${attempt}): ${message}`);
        this.inbox.telemetry.retried(registration.consumer, event.envelope);
        await sleep(backoffDelayMs(policy, attempt));
      }
    }
  }
}
