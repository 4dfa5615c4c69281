"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPENAPI_JSON_PATH = exports.DOCS_PATH = void 0;
exports.buildOpenApiDocument = buildOpenApiDocument;
exports.setupOpenApi = setupOpenApi;
const swagger_1 = require("@nestjs/swagger");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const idempotency_openapi_1 = require("./idempotency/idempotency.openapi");
const rate_limit_openapi_1 = require("./rate-limit.openapi");
exports.DOCS_PATH = 'docs';
exports.OPENAPI_JSON_PATH = 'docs/openapi.json';
// Read at run time rather than imported, so the build's rootDir stays src/ (package.json is beside it).
function packageManifest() {
    return JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
}
/** `ProductReviewsController` + `add` → `productReviews.add`: stable, readable ids for generated clients. */
function operationId(controllerKey, methodKey) {
    const resource = controllerKey.replace(/Controller$/, '');
    return `${resource.charAt(0).toLowerCase()}${resource.slice(1)}.${methodKey}`;
}
/** Every tag the operations use, declared once at the root (sorted), as OpenAPI tooling expects. */
function withDeclaredTags(document) {
    const used = Object.values(document.paths).flatMap((item) => Object.values(item).flatMap((operation) => operation?.tags ?? []));
    const declared = new Map((document.tags ?? []).map((tag) => [tag.name, tag]));
    for (const name of used)
        if (!declared.has(name))
            declared.set(name, { name });
    return { ...document, tags: [...declared.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}
/** The OpenAPI 3 document of every controller registered in `app` (call after the global prefix is set). */
function buildOpenApiDocument(app) {
    const manifest = packageManifest();
    const config = new swagger_1.DocumentBuilder()
        .setTitle('E-commerce review platform')
        .setDescription('Product catalog, reviews, ratings, inventory and search. Reads are public; writes need a bearer JWT. ' +
        'Errors are RFC 9457 application/problem+json. Read models are fed by events, so a change made ' +
        'through one module shows in the others after a short delay.')
        .setVersion(manifest.version)
        .setLicense(manifest.license, `https://spdx.org/licenses/${manifest.license}.html`)
        .addServer('/', 'The server that serves this document')
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
        .build();
    config.info.contact = { name: `${manifest.name} maintainers`, ...(manifest.homepage && { url: manifest.homepage }) };
    const document = swagger_1.SwaggerModule.createDocument(app, config, { operationIdFactory: operationId });
    return withDeclaredTags((0, rate_limit_openapi_1.documentRateLimit)((0, idempotency_openapi_1.documentIdempotencyKey)(document)));
}
/** Serves Swagger UI at `/docs` and the document at `/docs/openapi.json`, built on first request. */
function setupOpenApi(app) {
    let document;
    // Lazily, so that controllers registered after this call (the whole app, before init) are included.
    swagger_1.SwaggerModule.setup(exports.DOCS_PATH, app, () => (document ??= buildOpenApiDocument(app)), {
        jsonDocumentUrl: exports.OPENAPI_JSON_PATH,
        raw: ['json'],
        customSiteTitle: 'E-commerce review platform API',
        // The public validator badge would call validator.swagger.io, which the CSP forbids.
        swaggerOptions: { validatorUrl: null, persistAuthorization: true },
    });
}
//# sourceMappingURL=openapi.setup.js.map