"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConsumerTelemetry = void 0;
const common_1 = require("@nestjs/common");
const node_perf_hooks_1 = require("node:perf_hooks");
const messaging_spans_1 = require("../../observability/tracing/messaging-spans");
/**
 * What operators see of event consumption, whichever transport delivers: a trace span, the handler
 * duration and outcome counters, and one JSON log line per handling attempt (consumer, type, eventId,
 * outcome, durationMs, correlationId). Metrics are optional so the messaging core runs without them.
 */
class ConsumerTelemetry {
    metrics;
    logger = new common_1.Logger('EventHandling');
    constructor(metrics) {
        this.metrics = metrics;
    }
    /** Runs one handling attempt; a throw is reported as `failed` and rethrown for the caller's retry policy. */
    async observe(consumer, envelope, work) {
        const started = node_perf_hooks_1.performance.now();
        const stopTimer = this.metrics?.timeHandler(consumer);
        try {
            const outcome = await (0, messaging_spans_1.traceHandling)(consumer, envelope, work);
            this.report(consumer, envelope, outcome, started);
            return outcome;
        }
        catch (error) {
            this.report(consumer, envelope, 'failed', started, error);
            throw error;
        }
        finally {
            stopTimer?.();
        }
    }
    retried(consumer, envelope) {
        this.metrics?.countRetried(consumer, envelope.type);
    }
    deadLettered(consumer, envelope) {
        this.report(consumer, envelope, 'dead-lettered');
    }
    report(consumer, envelope, outcome, startedAt, error) {
        this.metrics?.countConsumed(consumer, envelope.type, outcome);
        this.logger.log({
            consumer,
            type: envelope.type,
            eventId: envelope.eventId,
            outcome,
            ...(startedAt !== undefined && { durationMs: Math.round((node_perf_hooks_1.performance.now() - startedAt) * 10) / 10 }),
            // Explicit, not only from the logging mixin: dead-lettering is reported outside the event's context.
            correlationId: envelope.correlationId,
            ...(error !== undefined && { error: error instanceof Error ? error.message : String(error) }),
        }, 'event handled');
    }
}
exports.ConsumerTelemetry = ConsumerTelemetry;
