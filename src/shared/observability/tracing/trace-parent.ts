import { Context, ROOT_CONTEXT, Span, context, propagation, trace } from '@opentelemetry/api';
import { createHash, randomBytes } from 'node:crypto';
import { tracingEnabled } from './tracing';

/** Name of the W3C trace context header, also used as the AMQP header carrying it. */
export const TRACEPARENT = 'traceparent';

/**
 * The trace each envelope object belongs to while it travels through this process: set by the relay
 * (one publish span per event) or by a broker consumer (from the message header), read by the
 * transport and by the consumer's handling span. Keyed weakly, so the envelope's lifetime bounds it
 * and the wire envelope itself stays exactly as specified.
 */
const envelopeTraceParents = new WeakMap<object, string>();

function traceParentOfContext(ctx: Context): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier[TRACEPARENT] ?? null;
}

/** `traceparent` of the active span, stored with recorded events; null when tracing is off or no span is active. */
export function activeTraceParent(): string | null {
  return tracingEnabled() ? traceParentOfContext(context.active()) : null;
}

/**
 * The `traceparent` to record with events when no span is active (tracing off): a trace id derived
 * from the correlation id — the same in every process that handles the chain of events a request
 * caused, since the correlation id travels with them — and a new span id, not sampled. Context
 * propagation needs no exporter: a collector added later still sees one trace per correlation.
 */
export function traceParentForCorrelation(correlationId: string): string {
  const hex = correlationId.replace(/-/g, '').toLowerCase();
  const traceId = /^[0-9a-f]{32}$/.test(hex)
    ? hex
    : createHash('sha256').update(correlationId).digest('hex').slice(0, 32);
  return `00-${traceId}-${randomBytes(8).toString('hex')}-00`;
}

export function traceParentOfSpan(span: Span): string | null {
  return traceParentOfContext(trace.setSpan(ROOT_CONTEXT, span));
}

/** The remote parent a `traceparent` describes, or the root context when there is none (or it is malformed). */
export function contextFromTraceParent(traceParent: string | null | undefined): Context {
  return traceParent ? propagation.extract(ROOT_CONTEXT, { [TRACEPARENT]: traceParent }) : ROOT_CONTEXT;
}

export function attachTraceParent(envelope: object, traceParent: unknown): void {
  if (typeof traceParent === 'string' && traceParent !== '') envelopeTraceParents.set(envelope, traceParent);
}

export function traceParentOf(envelope: object): string | undefined {
  return envelopeTraceParents.get(envelope);
}

/** AMQP headers that carry an envelope's trace to the consuming process (none when it has no trace). */
export function traceHeaders(envelope: object): Record<string, string> {
  const traceParent = envelopeTraceParents.get(envelope);
  return traceParent ? { [TRACEPARENT]: traceParent } : {};
}
