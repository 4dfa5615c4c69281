import { Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { ConsumeOutcome, MetricsService } from '../../observability/metrics.service';
import { traceHandling } from '../../observability/tracing/messaging-spans';
import { EventEnvelope } from '../integration-event';

/**
 * What operators see of event consumption, whichever transport delivers: a trace span, the handler
 * duration and outcome counters, and one JSON log line per handling attempt (consumer, type, eventId,
 * outcome, durationMs, correlationId). Metrics are optional so the messaging core runs without them.
 */
export class ConsumerTelemetry {
  private readonly logger = new Logger('EventHandling');

  constructor(private readonly metrics?: MetricsService) {}

  /** Runs one handling attempt; a throw is reported as `failed` and rethrown for the caller's retry policy. */
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

  retried(consumer: string, envelope: EventEnvelope): void {
    this.metrics?.countRetried(consumer, envelope.type);
  }

  deadLettered(consumer: string, envelope: EventEnvelope): void {
    this.report(consumer, envelope, 'dead-lettered');
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
        ...(error !== undefined && { error: error instanceof Error ? error.message : String(error) }),
      },
      'event handled',
    );
  }
}
