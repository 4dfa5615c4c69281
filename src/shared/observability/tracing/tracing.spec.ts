import { context, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ConsoleSpanExporter, InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { loadConfig } from '../../config/load-config';
import { traceHandling, tracePublish } from './messaging-spans';
import { createSpanExporter } from './span-exporter.factory';
import { activeTraceParent, attachTraceParent, traceHeaders, traceParentForCorrelation } from './trace-parent';
import { flushTracing, startTracing, tracingEnabled } from './tracing';

const CORRELATION_ID = '01900000-0000-7000-8000-0000000000aa';
const envelope = () => ({
  eventId: '01900000-0000-7000-8000-000000000001',
  type: 'things.thing-happened.v1',
  correlationId: CORRELATION_ID,
});

describe('tracing', () => {
  it('exports with the exporter OTEL_TRACES_EXPORTER names, and not at all with none', async () => {
    const exporterFor = (value: string) => createSpanExporter(loadConfig({ OTEL_TRACES_EXPORTER: value }, []).tracing);
    expect(await exporterFor('otlp')).toBeInstanceOf(OTLPTraceExporter);
    expect(await exporterFor('console')).toBeInstanceOf(ConsoleSpanExporter);
    expect(await exporterFor('none')).toBeUndefined();
  });

  it('starts no span while tracing is off, yet carries the recorded trace context on', async () => {
    expect(tracingEnabled()).toBe(false);
    expect(activeTraceParent()).toBeNull();
    const recorded = traceParentForCorrelation(CORRELATION_ID);
    const message = envelope();
    await tracePublish([{ envelope: message, traceParent: recorded }], 'inprocess', async () => undefined);
    expect(traceHeaders(message)).toEqual({ traceparent: recorded });
  });

  it('derives one trace per correlation id for events recorded without a trace context', async () => {
    const [first, second] = [envelope(), envelope()];
    await tracePublish(
      [
        { envelope: first, traceParent: null },
        { envelope: second, traceParent: null },
      ],
      'inprocess',
      async () => undefined,
    );
    const traceId = CORRELATION_ID.replace(/-/g, '');
    expect(traceHeaders(first).traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-00$`));
    expect(traceHeaders(second).traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-00$`));
    expect(traceHeaders(first).traceparent).not.toBe(traceHeaders(second).traceparent);
    expect(traceParentForCorrelation('not-a-uuid')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
  });

  describe('while started', () => {
    const exporter = new InMemorySpanExporter();
    let shutdown: () => Promise<void>;

    beforeAll(async () => {
      ({ shutdown } = await startTracing('ecomm-test', exporter));
    });
    afterAll(() => shutdown());

    it('publishes each event in a span of the trace that recorded it and hands its context on', async () => {
      const recorded = trace.getTracer('test').startSpan('command');
      const recordedIn = await context.with(trace.setSpan(context.active(), recorded), async () => activeTraceParent());
      recorded.end();
      const message = envelope();
      await tracePublish([{ envelope: message, traceParent: recordedIn }], 'rabbitmq', async () => undefined);
      const carried = traceHeaders(message).traceparent;
      expect(carried).toMatch(new RegExp(`^00-${recorded.spanContext().traceId}-[0-9a-f]{16}-01$`));

      const delivered = envelope();
      attachTraceParent(delivered, carried);
      await traceHandling('things.effects', delivered, async () => 'applied');
      await flushTracing();
      const [, publish, handle] = exporter.getFinishedSpans();
      expect(publish.name).toBe('publish things.thing-happened.v1');
      expect(handle.parentSpanContext?.spanId).toBe(publish.spanContext().spanId);
      expect(handle.attributes).toMatchObject({ 'ecomm.outcome': 'applied' });
    });

    it('leaves a second start to the first one', async () => {
      const second = await startTracing('another', new InMemorySpanExporter());
      await second.shutdown();
      expect(tracingEnabled()).toBe(true);
    });
  });
});
