import 'reflect-metadata';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { request } from 'node:http';
import { AddressInfo } from 'node:net';
import { Type } from 'class-transformer';
import { IsDefined, IsNumber, IsPositive, IsString, Length, ValidateNested } from 'class-validator';
import { QueryFailedError } from 'typeorm';
import { DomainError, DomainErrorKind } from '../domain/domain-error';
import { peekMessageContext } from '../messaging/envelope/message-context';
import { PageQueryDto } from './pagination';
import { createHttpTestApp } from './testing/http-test-app';

class PriceDto {
  @IsNumber()
  @IsPositive()
  amount!: number;

  @IsString()
  @Length(3, 3)
  currency!: string;
}

class CreateThingDto {
  @IsString()
  sku!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => PriceDto)
  price!: PriceDto;
}

function pgError(code: string): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], Object.assign(new Error(`pg ${code}`), { code }));
}

@Controller('docs')
class ExtraDocsController {
  @Get('asyncapi.json')
  asyncApi() {
    return { asyncapi: '3.0.0' };
  }
}

@Controller('things')
class ThingsController {
  @Post()
  @HttpCode(201)
  create(@Body() body: CreateThingDto) {
    return body;
  }

  @Get('page')
  page(@Query() query: PageQueryDto) {
    return query;
  }

  @Get('domain/:kind')
  domain(@Param('kind') kind: DomainErrorKind) {
    throw new DomainError(kind, `broke a ${kind} rule`, 'thing.rule');
  }

  @Get('rule-on-a-parameter')
  ruleOnAParameter() {
    throw new DomainError('invalid', 'sort=relevance needs a non-blank q', 'thing.needs-q', 'sort');
  }

  @Get('pg/:code')
  database(@Param('code') code: string) {
    throw pgError(code);
  }

  @Get('pool')
  pool() {
    throw new Error('timeout exceeded when trying to connect');
  }

  @Get('refused')
  refused() {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  }

  @Get('framework-shaped')
  frameworkShaped(@Res() reply: FastifyReply) {
    void reply.code(503).send({ statusCode: 503, error: 'Service Unavailable', message: 'Service Unavailable' });
  }

  @Get('report')
  report(@Res() reply: FastifyReply) {
    void reply.code(503).send({ status: 'error', error: { database: { status: 'down' } } });
  }

  @Get('boom')
  boom() {
    throw new Error('secret internals at /srv/app');
  }

  @Get('context')
  async context() {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return peekMessageContext() ?? null;
  }

  @Post('context')
  @HttpCode(200)
  async contextAfterBody(@Body() _body: object) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return peekMessageContext() ?? null;
  }
}

describe('configureHttp', () => {
  let app: NestFastifyApplication;
  const inject = (options: Parameters<NestFastifyApplication['inject']>[0]) =>
    app.getHttpAdapter().getInstance().inject(options);

  beforeAll(async () => {
    ({ app } = await createHttpTestApp(
      { controllers: [ThingsController, ExtraDocsController] },
      { HTTP_BODY_LIMIT_BYTES: '1024' },
    ));
  });
  afterAll(() => app.close());

  function expectProblem(response: Awaited<ReturnType<typeof inject>>, status: number) {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(body).toMatchObject({ type: 'about:blank', status, title: expect.any(String), detail: expect.any(String) });
    return body;
  }

  describe('routing', () => {
    it('serves controllers under /api/v1', async () => {
      const response = await inject({ method: 'GET', url: '/api/v1/things/page' });
      expect(response.statusCode).toBe(200);
    });

    it('answers an unknown route with a 404 problem naming the path', async () => {
      const body = expectProblem(await inject({ method: 'GET', url: '/api/v1/nothing-here?x=1' }), 404);
      expect(body.instance).toBe('/api/v1/nothing-here');
    });

    it('keeps controllers under docs/ outside the prefix', async () => {
      const response = await inject({ method: 'GET', url: '/docs/asyncapi.json' });
      expect(response.json()).toEqual({ asyncapi: '3.0.0' });
    });

    it('does not serve controllers without the prefix', async () => {
      expectProblem(await inject({ method: 'GET', url: '/things/page' }), 404);
    });
  });

  describe('request bodies', () => {
    const post = (payload: string, contentType?: string) =>
      inject({
        method: 'POST',
        url: '/api/v1/things',
        payload,
        headers: contentType ? { 'content-type': contentType } : {},
      });

    it('accepts a valid JSON body', async () => {
      const payload = { sku: 'A-1', price: { amount: 10, currency: 'EUR' } };
      const response = await post(JSON.stringify(payload), 'application/json; charset=utf-8');
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual(payload);
    });

    it('answers invalid JSON with 400', async () => {
      const body = expectProblem(await post('{"sku": ', 'application/json'), 400);
      expect(body.detail).toMatch(/not valid JSON/);
    });

    it('answers an oversized body with 413', async () => {
      expectProblem(await post(JSON.stringify({ sku: 'x'.repeat(2000) }), 'application/json'), 413);
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
      'answers %s with 415',
      async (type) => {
        expectProblem(await post('sku=1', type), 415);
      },
    );

    it('answers a body without content type with 415', async () => {
      expectProblem(await post('{"sku":"A"}'), 415);
    });

    it('validates a missing body as {}', async () => {
      const response = await inject({ method: 'POST', url: '/api/v1/things' });
      expect(expectProblem(response, 400).errors.length).toBeGreaterThan(0);
    });

    it('validates an empty JSON body as {}', async () => {
      const body = expectProblem(await post('', 'application/json'), 400);
      expect(body.errors.map((error: { field: string }) => error.field)).toEqual(
        expect.arrayContaining(['sku', 'price']),
      );
    });

    it('names nested fields by dotted path', async () => {
      const body = expectProblem(
        await post(JSON.stringify({ sku: 'A', price: { amount: -1, currency: 'EURO' } }), 'application/json'),
        400,
      );
      expect(body.errors).toEqual(
        expect.arrayContaining([
          { field: 'price.amount', message: expect.stringContaining('positive') },
          { field: 'price.currency', message: expect.any(String) },
        ]),
      );
    });

    it('rejects unknown properties, nested ones included', async () => {
      const payload = { sku: 'A', extra: 1, price: { amount: 1, currency: 'EUR', discount: 2 } };
      const body = expectProblem(await post(JSON.stringify(payload), 'application/json'), 400);
      expect(body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['extra', 'price.discount']);
    });
  });

  describe('query validation', () => {
    it('defaults the page size to 20 and converts it from the query string', async () => {
      expect((await inject({ method: 'GET', url: '/api/v1/things/page' })).json()).toEqual({ limit: 20 });
      expect((await inject({ method: 'GET', url: '/api/v1/things/page?limit=5&cursor=abc' })).json()).toEqual({
        limit: 5,
        cursor: 'abc',
      });
    });

    it.each(['0', '101', '2.5', 'ten'])('rejects limit=%s', async (limit) => {
      const body = expectProblem(await inject({ method: 'GET', url: `/api/v1/things/page?limit=${limit}` }), 400);
      expect(body.errors[0].field).toBe('limit');
    });

    it('rejects a cursor longer than 512 characters', async () => {
      const body = expectProblem(
        await inject({ method: 'GET', url: `/api/v1/things/page?cursor=${'a'.repeat(513)}` }),
        400,
      );
      expect(body.errors[0].field).toBe('cursor');
    });
  });

  describe('error mapping', () => {
    it.each([
      ['invalid', 400],
      ['not-found', 404],
      ['conflict', 409],
      ['forbidden', 403],
      ['precondition-failed', 412],
    ])('maps a %s domain error to %i with its code', async (kind, status) => {
      const body = expectProblem(await inject({ method: 'GET', url: `/api/v1/things/domain/${kind}` }), status);
      expect(body).toMatchObject({
        code: 'thing.rule',
        detail: `broke a ${kind} rule`,
        instance: `/api/v1/things/domain/${kind}`,
      });
    });

    it('names the input a domain rule is about in errors, like a validation error', async () => {
      const body = expectProblem(await inject({ method: 'GET', url: '/api/v1/things/rule-on-a-parameter' }), 400);
      expect(body).toMatchObject({
        code: 'thing.needs-q',
        errors: [{ field: 'sort', message: 'sort=relevance needs a non-blank q' }],
      });
    });

    it.each([
      ['23505', 409],
      ['23503', 409],
      ['22P02', 400],
      ['22003', 400],
    ])('maps PostgreSQL error %s to %i without leaking SQL', async (code, status) => {
      const body = expectProblem(await inject({ method: 'GET', url: `/api/v1/things/pg/${code}` }), status);
      expect(JSON.stringify(body)).not.toMatch(/SELECT|pg \d/);
    });

    it.each(['/api/v1/things/pool', '/api/v1/things/refused', '/api/v1/things/pg/57P01'])(
      'maps an unavailable database (%s) to a retryable 503',
      async (url) => {
        const response = await inject({ method: 'GET', url });
        expectProblem(response, 503);
        expect(response.headers['retry-after']).toBe('1');
      },
    );

    it('answers anything else with a generic 500 that leaks nothing', async () => {
      const response = await inject({ method: 'GET', url: '/api/v1/things/boom' });
      const body = expectProblem(response, 500);
      expect(body.detail).toBe('An unexpected error occurred');
      expect(response.body).not.toMatch(/secret|srv|stack/);
    });

    it('turns an error answered in the framework shape into problem+json', async () => {
      const body = expectProblem(await inject({ method: 'GET', url: '/api/v1/things/framework-shaped' }), 503);
      expect(body).toMatchObject({ detail: 'Service Unavailable', instance: '/api/v1/things/framework-shaped' });
    });

    it('leaves an error response that is a document of its own alone', async () => {
      const response = await inject({ method: 'GET', url: '/api/v1/things/report' });
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.json()).toEqual({ status: 'error', error: { database: { status: 'down' } } });
    });

    it('maps an unknown PostgreSQL error to 500', async () => {
      expectProblem(await inject({ method: 'GET', url: '/api/v1/things/pg/XX000' }), 500);
    });
  });

  describe('correlation id', () => {
    it('creates one per request, echoes it and exposes it to the controller', async () => {
      const response = await inject({ method: 'GET', url: '/api/v1/things/context' });
      const id = response.headers['x-correlation-id'];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.json()).toEqual({ correlationId: id, causationId: null, actor: 'anonymous' });
    });

    it('keeps a sane incoming id, also across body parsing', async () => {
      const response = await inject({
        method: 'POST',
        url: '/api/v1/things/context',
        headers: { 'x-correlation-id': 'order-42:retry.1', 'content-type': 'application/json' },
        payload: JSON.stringify({ some: 'body' }),
      });
      expect(response.headers['x-correlation-id']).toBe('order-42:retry.1');
      expect(response.json().correlationId).toBe('order-42:retry.1');
    });

    it('replaces an unsafe incoming id', async () => {
      const response = await inject({
        method: 'GET',
        url: '/api/v1/things/context',
        headers: { 'x-correlation-id': 'a b<script>' },
      });
      expect(response.headers['x-correlation-id']).not.toBe('a b<script>');
      expect(response.json().correlationId).toBe(response.headers['x-correlation-id']);
    });

    it('keeps concurrent requests apart', async () => {
      const ids = Array.from({ length: 20 }, (_, index) => `req-${index}`);
      const responses = await Promise.all(
        ids.map((id) => inject({ method: 'GET', url: '/api/v1/things/context', headers: { 'x-correlation-id': id } })),
      );
      expect(responses.map((response) => response.json().correlationId)).toEqual(ids);
    });

    it('survives a body streamed slowly over a real socket', async () => {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as AddressInfo;
      const post = (id: string) =>
        new Promise<string>((resolve, reject) => {
          const headers = {
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
            'x-correlation-id': id,
          };
          const req = request(
            { host: '127.0.0.1', port, method: 'POST', path: '/api/v1/things/context', headers },
            (res) => {
              let data = '';
              res.on('data', (chunk) => (data += chunk));
              res.on('end', () => resolve(JSON.parse(data).correlationId));
            },
          );
          req.on('error', reject);
          req.write('{"some":');
          setTimeout(() => req.end('"body"}'), 20);
        });
      expect(await Promise.all(['slow-1', 'slow-2', 'slow-3'].map(post))).toEqual(['slow-1', 'slow-2', 'slow-3']);
    });

    it('is echoed on error responses too', async () => {
      const response = await inject({ method: 'GET', url: '/nowhere', headers: { 'x-correlation-id': 'lost-1' } });
      expect(response.headers['x-correlation-id']).toBe('lost-1');
    });
  });

  describe('security', () => {
    it('sends security headers and no CORS headers by default', async () => {
      const response = await inject({
        method: 'GET',
        url: '/api/v1/things/page',
        headers: { origin: 'https://evil.example' },
      });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('OpenAPI', () => {
    it('serves Swagger UI at /docs', async () => {
      const response = await inject({ method: 'GET', url: '/docs' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      const asset = await inject({ method: 'GET', url: '/docs/swagger-ui-bundle.js' });
      expect(asset.statusCode).toBe(200);
    });

    it('serves the document at /docs/openapi.json', async () => {
      const response = await inject({ method: 'GET', url: '/docs/openapi.json' });
      expect(response.statusCode).toBe(200);
      const document = response.json();
      expect(document.info).toMatchObject({
        title: 'E-commerce review platform',
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      });
      expect(document.servers).toEqual([{ url: '/', description: expect.any(String) }]);
      expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(Object.keys(document.paths)).toContain('/api/v1/things');
    });
  });
});

describe('configureHttp with CORS origins', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    ({ app } = await createHttpTestApp({ controllers: [ThingsController] }, { CORS_ORIGINS: 'https://shop.example' }));
  });
  afterAll(() => app.close());

  it('allows only the configured origins', async () => {
    const fastify = app.getHttpAdapter().getInstance();
    const allowed = await fastify.inject({
      method: 'OPTIONS',
      url: '/api/v1/things',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://shop.example');
    const denied = await fastify.inject({
      method: 'GET',
      url: '/api/v1/things/page',
      headers: { origin: 'https://evil.example' },
    });
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });
});
