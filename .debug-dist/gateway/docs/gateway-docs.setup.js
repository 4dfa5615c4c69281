"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setupGatewayDocs = setupGatewayDocs;
const swagger_1 = require("@nestjs/swagger");
const openapi_setup_1 = require("../../shared/http/openapi.setup");
/**
 * Swagger UI at `/docs` and the merged document at `/docs/openapi.json`. The document is taken
 * from the registry on every request, because upstreams join and change after start-up.
 */
function setupGatewayDocs(app, registry) {
    swagger_1.SwaggerModule.setup(openapi_setup_1.DOCS_PATH, app, registry.document(), {
        jsonDocumentUrl: openapi_setup_1.OPENAPI_JSON_PATH,
        raw: ['json'],
        patchDocumentOnRequest: () => registry.document(),
        customSiteTitle: 'E-commerce review platform API',
        // The public validator badge would call validator.swagger.io, which the CSP forbids.
        swaggerOptions: { validatorUrl: null, persistAuthorization: true },
    });
}
//# sourceMappingURL=gateway-docs.setup.js.map