import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, type OperationObject, SwaggerModule } from '@nestjs/swagger';
import { documentPublicOperations } from '../auth/public-operations.openapi';
import { packageManifest } from '../package/package-manifest';
import { TAG_DESCRIPTION_EXTENSION } from './api-tag.decorator';
import { documentIdempotencyKey } from './idempotency/idempotency.openapi';
import { documentMediaExamples } from './media-examples.openapi';
import { apiOperations } from './openapi-operations';
import { documentProblemExamples } from './problem-examples.openapi';
import { documentRateLimit } from './rate-limit.openapi';
import { documentResponseHeaders } from './response-headers.openapi';
import { documentServiceUnavailable } from './service-unavailable.openapi';
import { documentStrictBodies } from './strict-bodies.openapi';

export const DOCS_PATH = 'docs';
export const OPENAPI_JSON_PATH = 'docs/openapi.json';

/** `ProductReviewsController` + `add` → `productReviews.add`: stable, readable ids for generated clients. */
function operationId(controllerKey: string, methodKey: string): string {
  const resource = controllerKey.replace(/Controller$/, '');
  return `${resource.charAt(0).toLowerCase()}${resource.slice(1)}.${methodKey}`;
}

/**
 * Every tag the operations use, declared once at the root (sorted) as OpenAPI tooling expects,
 * with the description `@ApiTag` left on its operations.
 */
function withDeclaredTags(document: OpenAPIObject): OpenAPIObject {
  const declared = new Map((document.tags ?? []).map((tag) => [tag.name, tag]));
  for (const { operation } of apiOperations(document)) {
    const extended = operation as OperationObject & { [TAG_DESCRIPTION_EXTENSION]?: string };
    const description = extended[TAG_DESCRIPTION_EXTENSION];
    delete extended[TAG_DESCRIPTION_EXTENSION];
    for (const name of operation.tags ?? []) {
      const tag = declared.get(name) ?? { name };
      declared.set(name, description === undefined || tag.description ? tag : { ...tag, description });
    }
  }
  return { ...document, tags: [...declared.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}

/** The OpenAPI 3 document of every controller registered in `app` (call after the global prefix is set). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const manifest = packageManifest();
  const config = new DocumentBuilder()
    .setTitle('E-commerce review platform')
    .setDescription(
      'Product catalog, reviews, ratings, inventory and search. Reads are public; writes need a bearer JWT. ' +
        'Errors are RFC 9457 application/problem+json; a 400 lists each invalid field once in `errors`. ' +
        'Unknown body fields and query parameters are refused, not ignored. Read models are fed by events, ' +
        'so a change made through one module shows in the others after a short delay.',
    )
    .setVersion(manifest.version)
    .setLicense(manifest.license, `https://spdx.org/licenses/${manifest.license}.html`)
    .addServer('/', 'The server that serves this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  config.info.contact = { name: `${manifest.name} maintainers`, ...(manifest.homepage && { url: manifest.homepage }) };
  const generated = SwaggerModule.createDocument(app, config, { operationIdFactory: operationId });
  // Each step completes what the decorators cannot say; headers and examples last, once every response exists.
  const steps = [
    documentIdempotencyKey,
    documentServiceUnavailable,
    documentRateLimit,
    documentPublicOperations,
    documentStrictBodies,
    documentResponseHeaders,
    documentMediaExamples,
    documentProblemExamples,
    withDeclaredTags,
  ];
  return steps.reduce((document, step) => step(document), generated);
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
