import 'reflect-metadata';
import { Controller, Get, Param } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpTestApp } from '../http/testing/http-test-app';
import { MetricsModule } from './metrics.module';
import { MetricsService } from './metrics.service';

@Controller('items')
class ItemsController {
  @Get(':id')
  item(@Param('id') id: string) {
    return { id };
  }
}

describe('MetricsModule', () => {
  let app: NestFastifyApplication;
  const get = (url: string) => app.getHttpAdapter().getInstance().inject({ method: 'GET', url });

  beforeAll(async () => {
    ({ app } = await createHttpTestApp({
      imports: [MetricsModule.forRoot({ token: undefined, port: undefined, host: '127.0.0.1' })],
      controllers: [ItemsController],
    }));
  });
  afterAll(() => app.close());

  it('exposes default metrics in Prometheus text format at /metrics', async () => {
    const response = await get('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toContain('process_cpu_user_seconds_total');
  });

  it('times requests by route pattern, not raw URL', async () => {
    await get('/api/v1/items/abc');
    await get('/api/v1/items/def');
    await get('/api/v1/no-such-route/123');
    const body = (await get('/metrics')).body;
    expect(body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/items\/:id",status="200"\} 2/,
    );
    expect(body).toMatch(/http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} 1/);
    expect(body).not.toContain('/items/abc');
  });

  it('counts events and reads registered gauges at scrape time', async () => {
    const metrics = app.get(MetricsService);
    metrics.countAppended('reviews.review-added.v1', 2);
    metrics.countPublished('reviews.review-added.v1', 'inprocess');
    metrics.countConsumed('search', 'reviews.review-added.v1', 'duplicate');
    metrics.timeHandler('search')();
    let unpublished = 7;
    metrics.registerGauge('outbox_unpublished', 'Events not yet published', async () => unpublished);
    metrics.registerGauge('broken_source', 'Always fails', async () => {
      throw new Error('database down');
    });
    const first = (await get('/metrics')).body;
    expect(first).toContain('events_appended_total{type="reviews.review-added.v1"} 2');
    expect(first).toContain('events_published_total{type="reviews.review-added.v1",transport="inprocess"} 1');
    expect(first).toContain(
      'events_consumed_total{consumer="search",type="reviews.review-added.v1",outcome="duplicate"} 1',
    );
    expect(first).toContain('event_handler_duration_seconds_count{consumer="search"} 1');
    expect(first).toContain('outbox_unpublished 7');
    unpublished = 3;
    expect((await get('/metrics')).body).toContain('outbox_unpublished 3');
  });

  it('stays out of the API prefix and the API document', async () => {
    expect((await get('/api/v1/metrics')).statusCode).toBe(404);
    const document = (await get('/docs/openapi.json')).json();
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });
});
