"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createGateway = createGateway;
const core_1 = require("@nestjs/core");
const nestjs_pino_1 = require("nestjs-pino");
const correlation_id_hook_1 = require("../shared/http/correlation-id.hook");
const fastify_adapter_factory_1 = require("../shared/http/fastify-adapter.factory");
const problem_details_filter_1 = require("../shared/http/problem-details.filter");
const security_setup_1 = require("../shared/http/security.setup");
const gateway_docs_setup_1 = require("./docs/gateway-docs.setup");
const gateway_module_1 = require("./gateway.module");
const api_proxy_1 = require("./proxy/api-proxy");
const upstream_registry_1 = require("./routing/upstream-registry");
/**
 * Builds the gateway deployable (`APP_MODULES=gateway`): it opens no database and hosts no module;
 * it proxies `/api/v1/*` to the module services of `config.upstreams`, serves their merged OpenAPI
 * document at `/docs` and aggregates their readiness at `/health/ready`.
 */
async function createGateway(config, timing) {
    // Bodies are streamed to the upstreams untouched, so the gateway registers no parser of its own.
    const app = await core_1.NestFactory.create(gateway_module_1.GatewayModule.forRoot(config, timing), (0, fastify_adapter_factory_1.createFastifyAdapter)(config), { bufferLogs: true, bodyParser: false });
    app.useLogger(app.get(nestjs_pino_1.Logger));
    const fastify = app.getHttpAdapter().getInstance();
    // The request header itself is set (not only the context) so that the proxy forwards the id it logs.
    fastify.addHook('onRequest', (request, _reply, done) => {
        request.headers[correlation_id_hook_1.CORRELATION_ID_HEADER] = (0, correlation_id_hook_1.resolveCorrelationId)(request.headers[correlation_id_hook_1.CORRELATION_ID_HEADER]);
        done();
    });
    (0, correlation_id_hook_1.registerCorrelationIdHook)(fastify);
    await (0, security_setup_1.applySecurity)(app, config);
    app.useGlobalFilters(new problem_details_filter_1.ProblemDetailsFilter(app.getHttpAdapter()));
    const registry = app.get(upstream_registry_1.UpstreamRegistry);
    await (0, api_proxy_1.registerApiProxy)(app, registry);
    (0, gateway_docs_setup_1.setupGatewayDocs)(app, registry);
    return { app, close: () => app.close() };
}
//# sourceMappingURL=create-gateway.js.map