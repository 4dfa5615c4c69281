import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { DOCS_PATH, OPENAPI_JSON_PATH } from '../../shared/http/openapi.setup';
import { UpstreamRegistry } from '../routing/upstream-registry';

/**
 * Swagger UI at `/docs` and the merged document at `/docs/openapi.json`. The document is taken
 * from the registry on every request, because upstreams join and change after start-up.
 */
export function setupGatewayDocs(app: NestFastifyApplication, registry: UpstreamRegistry): void {
  SwaggerModule.setup(DOCS_PATH, app, registry.document(), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    raw: ['json'],
    patchDocumentOnRequest: () => registry.document(),
    customSiteTitle: 'E-commerce review platform API',
    // The public validator badge would call validator.swagger.io, which the CSP forbids.
    swaggerOptions: { validatorUrl: null, persistAuthorization: true },
  });
}
