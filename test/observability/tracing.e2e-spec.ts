import { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { flushTracing, startTracing, TracingHandle } from '../../src/shared/observability/tracing/tracing';
import { createTestBroker, TestBroker } from '../rabbitmq/test-broker';
import { review, reviewableProduct } from '../reviews/review-fixtures';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

const REVIEW_ROUTE = 'POST /api/v1/products/:id/reviews';
const CALLER_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const idOf = (span: ReadableSpan) => span.spanContext().spanId;

/** Waits until `name` has been exported in `traceId` (spans are batched, so flush while waiting). */
function finishedSpan(exporter: InMemorySpanExporter, traceId: string, name: string, attributes: object = {}) {
  return eventually(
    async () => {
      await flushTracing();
      return exporter
        .getFinishedSpans()
        .find(
          (span) =>
            span.spanContext().traceId === traceId &&
            span.name === name &&
            Object.entries(attributes).every(([key, value]) => span.attributes[key] === value),
        );
    },
    (span) => span !== undefined,
    { what: `span "${name}" in trace ${traceId}` },
  ) as Promise<ReadableSpan>;
}

describe.each(['inprocess', 'rabbitmq'])('tracing a review written with EVENT_TRANSPORT=%s', (transport) => {
  const exporter = new InMemorySpanExporter();
  let tracing: TracingHandle;
  let broker: TestBroker | undefined;
  let app: TestApp;
  let productId: string;

  beforeAll(async () => {
    tracing = await startTracing('ecomm-test', exporter);
    const env: Record<string, string> = { EVENT_TRANSPORT: transport };
    if (transport === 'rabbitmq') {
      broker = await createTestBroker();
      Object.assign(env, { RABBITMQ_URL: broker.url, RABBITMQ_PREFIX: broker.newPrefix() });
    }
    app = await startTestApp(env);
    productId = await reviewableProduct(app, await tokenFor('admin-1', { admin: true }));
  });

  afterAll(async () => {
    await app?.close();
    await tracing?.shutdown();
    await broker?.drop();
  });

  it('links the request, the command, the outbox publish and the search consumer in one trace', async () => {
    const written = await app.api.post(`/api/v1/products/${productId}/reviews`, review(), {
      token: await tokenFor('customer-trace'),
    });
    expect(written.status).toBe(201);

    await flushTracing();
    const http = exporter
      .getFinishedSpans()
      .find((span) => span.name === REVIEW_ROUTE && span.attributes['http.response.status_code'] === 201);
    expect(http).toBeDefined();
    const traceId = http!.spanContext().traceId;
    const command = await finishedSpan(exporter, traceId, 'command AddReviewCommand');
    const publish = await finishedSpan(exporter, traceId, 'publish reviews.review-added.v1');
    const handle = await finishedSpan(exporter, traceId, 'handle reviews.review-added.v1', {
      'messaging.consumer.group.name': 'search.index-review',
    });

    expect(parentOf(command)).toBe(idOf(http!));
    expect(parentOf(publish)).toBe(idOf(command));
    expect(parentOf(handle)).toBe(idOf(publish));
    expect(publish.attributes).toMatchObject({ 'messaging.system': transport });
    expect(handle.attributes).toMatchObject({ 'ecomm.outcome': 'applied' });
  });

  it("continues the caller's W3C traceparent", async () => {
    const written = await app.api.post(`/api/v1/products/${productId}/reviews`, review(), {
      token: await tokenFor('customer-traced-caller'),
      headers: { traceparent: `00-${CALLER_TRACE_ID}-00f067aa0ba902b7-01` },
    });
    expect(written.status).toBe(201);
    const http = await finishedSpan(exporter, CALLER_TRACE_ID, REVIEW_ROUTE);
    expect(parentOf(http)).toBe('00f067aa0ba902b7');
    await finishedSpan(exporter, CALLER_TRACE_ID, 'handle reviews.review-added.v1');
  });
});
