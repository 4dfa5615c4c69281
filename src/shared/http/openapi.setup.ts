import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DOCS_PATH = 'docs';
export const OPENAPI_JSON_PATH = 'docs/openapi.json';

// Read at run time rather than imported, so the build's rootDir stays src/ (package.json is beside it).
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** The OpenAPI 3 document of every controller registered in `app` (call after the global prefix is set). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('E-commerce review platform')
    .setDescription(
      'Product catalog, reviews, ratings, inventory and search. Reads are public; writes need a bearer JWT. ' +
        'Errors are RFC 9457 application/problem+json.',
    )
    .setVersion(packageVersion())
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Serves Swagger UI at `/docs` and the document at `/docs/openapi.json`, built on first request. */
export function setupOpenApi(app: NestFastifyApplication): void {
  let document: OpenAPIObject | undefined;
  // Lazily, so that controllers registered after this call (the whole app, before init) are included.
  SwaggerModule.setup(DOCS_PATH, app, () => (document ??= buildOpenApiDocument(app)), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    raw: ['json'],
    customSiteTitle: 'E-commerce review platform API',
    // The public validator badge would call validator.swagger.io, which the CSP forbids.
    swaggerOptions: { validatorUrl: null, persistAuthorization: true },
  });
}
