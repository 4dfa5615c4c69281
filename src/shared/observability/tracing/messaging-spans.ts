import { Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  attachTraceParent,
  contextFromTraceParent,
  traceParentForCorrelation,
  traceParentOf,
  traceParentOfSpan,
} from './trace-parent';
import { tracer, tracingEnabled } from './tracing';

/** The envelope fields spans are labelled with (structural, so tracing depends on no messaging code). */
interface TracedEnvelope {
  eventId: string;
  type: string;
  correlationId: string;
}

const failed = (span: Span, error: unknown) => {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
};

/**
 * Runs `publish` inside one producer span per event, each a child of the trace that recorded the event
 * (its stored `traceparent`); the span's own context is attached to the envelope for the transport to
 * carry. Spans end when the transport accepted (or rejected) the whole batch.
 */
export async function tracePublish(
  events: readonly { envelope: TracedEnvelope; traceParent: string | null | undefined }[],
  transport: string,
  publish: () => Promise<void>,
): Promise<void> {
  if (!tracingEnabled()) {
    // Without spans, the trace context recorded with each event travels as it is (rows recorded before
    // events carried one get the context their correlation id implies).
    events.forEach(({ envelope, traceParent }) =>
      attachTraceParent(envelope, traceParent ?? traceParentForCorrelation(envelope.correlationId)),
    );
    return publish();
  }
  const spans = events.map(({ envelope, traceParent }) => {
    const span = tracer().startSpan(
      `publish ${envelope.type}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          'messaging.system': transport,
          'messaging.operation.type': 'send',
          'messaging.destination.name': envelope.type,
          'messaging.message.id': envelope.eventId,
        },
      },
      contextFromTraceParent(traceParent),
    );
    attachTraceParent(envelope, traceParentOfSpan(span));
    return span;
  });
  try {
    await publish();
  } catch (error) {
    spans.forEach((span) => failed(span, error));
    throw error;
  } finally {
    spans.forEach((span) => span.end());
  }
}

/** Runs one consumer's handling of an event as the active span, a child of the event's publish span. */
export function traceHandling<T>(consumer: string, envelope: TracedEnvelope, work: () => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return work();
  const parent = contextFromTraceParent(traceParentOf(envelope));
  const attributes = {
    'messaging.operation.type': 'process',
    'messaging.destination.name': envelope.type,
    'messaging.message.id': envelope.eventId,
    'messaging.consumer.group.name': consumer,
  };
  return tracer().startActiveSpan(
    `handle ${envelope.type}`,
    { kind: SpanKind.CONSUMER, attributes },
    parent,
    async (span) => {
      try {
        const result = await work();
        span.setAttribute('ecomm.outcome', String(result));
        return result;
      } catch (error) {
        failed(span, error);
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Runs `work` as the active internal span `name` (e.g. a command), recording a thrown error. */
export function traceInternal<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return work();
  return tracer().startActiveSpan(name, async (span) => {
    try {
      return await work();
    } catch (error) {
      failed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Trace id of the active span, for log lines; undefined when tracing is off. */
export function activeTraceId(): string | undefined {
  return tracingEnabled() ? trace.getActiveSpan()?.spanContext().traceId : undefined;
}
