import { Injectable, Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type ConsumeOutcome = 'applied' | 'duplicate' | 'failed' | 'dead-lettered';

/**
 * The process's Prometheus metrics. A registry per instance rather than prom-client's global one,
 * so several applications in one process (tests) never clash over metric names.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly logger = new Logger(MetricsService.name);

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly appended = new Counter({
    name: 'events_appended_total',
    help: 'Integration events written to the event store',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  private readonly published = new Counter({
    name: 'events_published_total',
    help: 'Integration events handed to the transport and accepted by it',
    labelNames: ['type', 'transport'] as const,
    registers: [this.registry],
  });

  private readonly consumed = new Counter({
    name: 'events_consumed_total',
    help: 'Integration event deliveries by consumer and outcome (applied, duplicate, failed, dead-lettered)',
    labelNames: ['consumer', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly retried = new Counter({
    name: 'events_retried_total',
    help: 'Failed integration event deliveries scheduled for another attempt, by consumer and type',
    labelNames: ['consumer', 'type'] as const,
    registers: [this.registry],
  });

  private readonly handlerDuration = new Histogram({
    name: 'event_handler_duration_seconds',
    help: 'Time an integration event handler took, by consumer',
    labelNames: ['consumer'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  /** Loop time already counted into `nodejs_eventloop_busy_seconds_total`, in ms since the process started. */
  private loopBusyCountedMs = 0;

  /**
   * Time the event loop was busy (not waiting for I/O). Its `rate()` is the process's saturation: at 1 a
   * Node process has no time left, every message and request queues, and latency climbs long before CPU
   * graphs of a multi-core host look full. Lag percentiles (the default metrics) show it only afterwards.
   */
  private readonly loopBusy = new Counter({
    name: 'nodejs_eventloop_busy_seconds_total',
    help: 'Time the event loop spent busy; rate() is the event loop utilization (1 = saturated)',
    registers: [this.registry],
    collect: () => {
      const { active } = performance.eventLoopUtilization();
      this.loopBusy.inc((active - this.loopBusyCountedMs) / 1000);
      this.loopBusyCountedMs = active;
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observeHttpRequest(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  countAppended(type: string, count = 1): void {
    this.appended.inc({ type }, count);
  }

  countPublished(type: string, transport: string, count = 1): void {
    this.published.inc({ type, transport }, count);
  }

  countConsumed(consumer: string, type: string, outcome: ConsumeOutcome): void {
    this.consumed.inc({ consumer, type, outcome });
  }

  countRetried(consumer: string, type: string): void {
    this.retried.inc({ consumer, type });
  }

  /** Starts timing one handler run; call the returned function when it ends, whatever the outcome. */
  timeHandler(consumer: string): () => void {
    const end = this.handlerDuration.startTimer({ consumer });
    return () => {
      end();
    };
  }

  /**
   * A gauge read at scrape time, e.g. `registerGauge('outbox_unpublished_events', '...', () => countUnpublished())`.
   * A failing read keeps the last value and is logged, so one broken source never fails the whole scrape.
   */
  registerGauge(name: string, help: string, collect: () => Promise<number> | number): void {
    const logger = this.logger;
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        try {
          this.set(await collect());
        } catch (error) {
          logger.warn(`gauge ${name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    });
  }

  /**
   * A gauge with one label, read at scrape time as one value per label value (e.g. lag per consumer).
   * Label values missing from a read are dropped from the output; a failing read keeps the last values.
   */
  registerLabelledGauge(
    name: string,
    help: string,
    label: string,
    collect: () => Promise<ReadonlyMap<string, number>>,
  ): void {
    const logger = this.logger;
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers: [this.registry],
      async collect() {
        try {
          const values = await collect();
          this.reset();
          for (const [value, reading] of values) this.set({ [label]: value }, reading);
        } catch (error) {
          logger.warn(`gauge ${name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    });
  }
}
