import { Injectable, Logger, Optional } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { ConsumeOutcome, MetricsService } from '../../observability/metrics.service';
import { traceHandling } from '../../observability/tracing/messaging-spans';
import { EventEnvelope } from '../integration-event';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * What operators see of event delivery, whichever transport carries it, reported from this one place:
 * a trace span and a duration per handling attempt, outcome counters, and one JSON log line per
 * attempt (consumer, type, eventId, outcome, durationMs, correlationId), per retry and per dead letter.
 * Metrics are optional so the messaging core runs without them.
 */
@Injectable()
export class DeliveryTelemetry {
  private readonly logger = new Logger('EventDelivery');

  constructor(@Optional() private readonly metrics?: MetricsService) {}

  /** Runs one handling attempt; a throw is reported as `failed` and rethrown for the retry decision. */
  async observe<T extends ConsumeOutcome>(
    consumer: string,
    envelope: EventEnvelope,
    work: () => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    const stopTimer = this.metrics?.timeHandler(consumer);
    try {
      const outcome = await traceHandling(consumer, envelope, work);
      this.report(consumer, envelope, outcome, started);
      return outcome;
    } catch (error) {
      this.report(consumer, envelope, 'failed', started, error);
      throw error;
    } finally {
      stopTimer?.();
    }
  }

  retrying(
    consumers: readonly string[],
    envelope: EventEnvelope,
    attempt: number,
    delayMs: number,
    error: unknown,
  ): void {
    for (const consumer of consumers) this.metrics?.countRetried(consumer, envelope.type);
    this.logger.warn(
      `${consumers.join(', ')} failed on ${envelope.type} ${envelope.eventId} (attempt ${attempt}), ` +
        `retrying in ${delayMs} ms: ${messageOf(error)}`,
    );
  }

  deadLettered(consumer: string, envelope: EventEnvelope, attempts: number, error: unknown): void {
    this.logger.error(
      `${consumer} gave up on ${envelope.type} ${envelope.eventId} after ${attempts} attempts: ${messageOf(error)}`,
    );
    this.report(consumer, envelope, 'dead-lettered');
  }

  /** A message that is no valid event for this consumer (malformed, unknown, or from the wrong publisher). */
  rejected(consumer: string, type: string | undefined, reason: string): void {
    this.metrics?.countConsumed(consumer, type ?? 'unknown', 'dead-lettered');
    this.logger.error(`${consumer} parked a message that is no valid event: ${reason}`);
  }

  private report(
    consumer: string,
    envelope: EventEnvelope,
    outcome: ConsumeOutcome,
    startedAt?: number,
    error?: unknown,
  ): void {
    this.metrics?.countConsumed(consumer, envelope.type, outcome);
    this.logger.log(
      {
        consumer,
        type: envelope.type,
        eventId: envelope.eventId,
        outcome,
        ...(startedAt !== undefined && { durationMs: Math.round((performance.now() - startedAt) * 10) / 10 }),
        // Explicit, not only from the logging mixin: dead-lettering is reported outside the event's context.
        correlationId: envelope.correlationId,
        ...(error !== undefined && { error: messageOf(error) }),
      },
      'event handled',
    );
  }
}
