import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { SplitDeployment, SplitProcessName } from '../support/split-deployment';
import { tokenFor } from '../support/tokens';

type LogLine = Record<string, unknown>;

function jsonLines(deployment: SplitDeployment, name: SplitProcessName): LogLine[] {
  return deployment.output(name).flatMap((line) => {
    try {
      const parsed: unknown = JSON.parse(line);
      return parsed !== null && typeof parsed === 'object' ? [parsed as LogLine] : [];
    } catch {
      return [];
    }
  });
}

/** Value of one sample line of the Prometheus text; 0 when the series does not exist yet. */
function sample(metrics: string, series: string): number {
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const APPENDED = 'events_appended_total{type="reviews.review-added.v1"}';
const APPLIED =
  'events_consumed_total{consumer="search.index-review",type="reviews.review-added.v1",outcome="applied"}';

describe('correlation across the split deployment', () => {
  let deployment: SplitDeployment;
  const service = (name: SplitProcessName) =>
    new HttpClient(`http://127.0.0.1:${deployment.processes.get(name)!.port}`);
  const metricsOf = async (name: SplitProcessName) => (await service(name).get<string>('/metrics')).body;

  beforeAll(async () => {
    deployment = await SplitDeployment.start({ env: { LOG_LEVEL: 'info' } });
  }, 150000);

  afterAll(async () => {
    await deployment?.stop();
  });

  it('logs a review under one correlation id in the process that writes it and in the one that indexes it', async () => {
    const created = await deployment.api.post(
      '/api/v1/products',
      {
        sku: `CORR-${randomUUID().slice(0, 8)}`,
        name: 'Correlated kettle',
        description: 'Boils across processes',
        price: { amount: 3900, currency: 'EUR' },
        initialStock: 2,
      },
      { token: await tokenFor('admin-1', { admin: true }) },
    );
    expect(created.status).toBe(201);
    const productId: string = created.body.id;
    await eventually(
      () => deployment.api.get(`/api/v1/products/${productId}/reviews`),
      (response) => response.status === 200,
      { what: 'the reviews service to learn about the product', timeoutMs: 30000 },
    );
    const [reviewsBefore, searchBefore] = await Promise.all([metricsOf('reviews'), metricsOf('search')]);

    const correlationId = `corr-${randomUUID()}`;
    const written = await deployment.api.post(
      `/api/v1/products/${productId}/reviews`,
      { title: 'Quick boil', body: 'Fast and quiet.' },
      { token: await tokenFor('customer-corr'), headers: { 'x-correlation-id': correlationId } },
    );
    expect(written.status).toBe(201);

    const indexed = await eventually(
      async () =>
        jsonLines(deployment, 'search').find(
          (line) => line.correlationId === correlationId && line.msg === 'event handled',
        ),
      (line) => line !== undefined,
      { what: `a search log line with correlation id ${correlationId}`, timeoutMs: 30000 },
    );
    expect(indexed).toMatchObject({
      consumer: 'search.index-review',
      type: 'reviews.review-added.v1',
      outcome: 'applied',
      durationMs: expect.any(Number),
    });
    expect(jsonLines(deployment, 'reviews')).toContainEqual(
      expect.objectContaining({ correlationId, msg: 'request completed', res: { statusCode: 201 } }),
    );

    expect(sample(await metricsOf('reviews'), APPENDED)).toBe(sample(reviewsBefore, APPENDED) + 1);
    await eventually(
      () => metricsOf('search'),
      (metrics) => sample(metrics, APPLIED) === sample(searchBefore, APPLIED) + 1,
      { what: 'the search service to count the review event as applied' },
    );
  });
});
