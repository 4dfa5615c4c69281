import helmet from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '../config/app-config';
import { CORRELATION_ID_HEADER } from './correlation-id.hook';

/**
 * Security headers and CORS. The CSP is strict except where Swagger UI at /docs needs it: inline
 * styles and data: images. `upgrade-insecure-requests` is left out because deployments reached
 * over plain HTTP (local compose) would otherwise load the docs' assets from a non-existent https.
 * CORS stays closed (no headers at all) unless origins are configured; tokens travel in the
 * Authorization header, never cookies, so credentials are not allowed.
 */
export async function applySecurity(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(helmet, {
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
