import helmet, { FastifyHelmetOptions } from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastify from 'fastify';
import { OutgoingHttpHeaders } from 'node:http';
import { AppConfig } from '../config/app-config';
import { CORRELATION_ID_HEADER } from './correlation-id.hook';

/**
 * The CSP is strict except where Swagger UI at /docs needs it: inline styles and data: images.
 * `upgrade-insecure-requests` is left out because deployments reached over plain HTTP (local
 * compose) would otherwise load the docs' assets from a non-existent https.
 */
const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
  },
};

/**
 * The headers helmet sets with these options. They depend on no request, yet `@fastify/helmet`
 * builds a new helmet middleware (parsing the CSP directives again) for every request, 3 % of a
 * read's CPU. So helmet runs once, on a throw-away instance, and its output is replayed.
 */
async function helmetHeaders(): Promise<OutgoingHttpHeaders> {
  const probe = fastify();
  let headers: OutgoingHttpHeaders = {};
  await probe.register(helmet, HELMET_OPTIONS);
  probe.get('/', (_request, reply) => {
    headers = reply.raw.getHeaders();
    return '';
  });
  await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  return headers;
}

/**
 * Security headers (helmet's, see `HELMET_OPTIONS`) on every response, refusals included, and
 * CORS. CORS stays closed (no headers at all) unless origins are configured; tokens travel in the
 * Authorization header, never cookies, so credentials are not allowed.
 */
export async function applySecurity(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const headers = await helmetHeaders();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
  if (config.http.corsOrigins.length === 0) return;
  app.enableCors({
    origin: config.http.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', CORRELATION_ID_HEADER],
    exposedHeaders: [CORRELATION_ID_HEADER, 'ETag', 'Location', 'Retry-After', 'Idempotent-Replayed'],
    credentials: false,
    maxAge: 600,
  });
}
