import 'reflect-metadata';
import { Controller, Get, Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '../config/load-config';
import { createHttpTestApp } from '../http/testing/http-test-app';
import { LoggingModule, useAppLogger } from './logging.module';

@Controller('talk')
class TalkController {
  private readonly logger = new Logger('TalkController');

  @Get()
  talk() {
    this.logger.log('inside the handler');
    return { ok: true };
  }
}

describe('LoggingModule', () => {
  let app: NestFastifyApplication;
  let lines: Array<Record<string, unknown>>;

  beforeAll(async () => {
    lines = [];
    const destination = { write: (line: string) => void lines.push(JSON.parse(line)) };
    const config = loadConfig({ LOG_LEVEL: 'info' }, []);
    ({ app } = await createHttpTestApp({
      imports: [LoggingModule.forRoot(config, destination)],
      controllers: [TalkController],
    }));
    useAppLogger(app);
  });
  afterAll(() => app.close());
  beforeEach(() => {
    lines.length = 0;
  });

  const inject = (url: string, headers: Record<string, string> = {}) =>
    app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });

  it('writes one JSON line per request with method, url, status, duration and correlation id', async () => {
    await inject('/api/v1/talk?x=1', { 'x-correlation-id': 'log-test-1', authorization: 'Bearer secret-token' });
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({
      level: 'info',
      correlationId: 'log-test-1',
      req: { method: 'GET', url: '/api/v1/talk?x=1' },
      res: { statusCode: 200 },
      durationMs: expect.any(Number),
    });
    expect(JSON.stringify(lines)).not.toContain('secret-token');
  });

  it('tags application logs inside a request with its correlation id', async () => {
    await inject('/api/v1/talk', { 'x-correlation-id': 'log-test-2' });
    const handlerLine = lines.find((line) => line.msg === 'inside the handler');
    expect(handlerLine).toMatchObject({
      correlationId: 'log-test-2',
      context: 'TalkController',
      req: { method: 'GET', url: '/api/v1/talk' },
    });
    expect(handlerLine).not.toHaveProperty('req.headers');
  });

  it('logs requests rejected before routing, but not probes and scrapes', async () => {
    await inject('/nowhere');
    await app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'POST', url: '/api/v1/talk', payload: 'a=1', headers: { 'content-type': 'text/plain' } });
    await inject('/health/live');
    await inject('/metrics');
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(
      completed.map((line) => [(line.req as { url: string }).url, (line.res as { statusCode: number }).statusCode]),
    ).toEqual([
      ['/nowhere', 404],
      ['/api/v1/talk', 415],
    ]);
  });

  it('keeps Nest’s start-up narration, the route table among it, below info', () => {
    new Logger('RouterExplorer').log('Mapped {/api/v1/talk, GET} route');
    new Logger('InstanceLoader').log('AppModule dependencies initialized');
    new Logger('Timer').log('tock');
    expect(lines.map((line) => line.msg)).toEqual(['tock']);
    expect(lines[0]).toMatchObject({ level: 'info', context: 'Timer' });
  });

  it('adds no correlation id outside any context', () => {
    new Logger('Timer').log('tick');
    const tick = lines.find((line) => line.msg === 'tick');
    expect(tick).toBeDefined();
    expect(tick).not.toHaveProperty('correlationId');
  });
});
