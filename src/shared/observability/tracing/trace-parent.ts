import { Context, ROOT_CONTEXT, Span, context, propagation, trace } from '@opentelemetry/api';
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
