"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.API_PREFIX = void 0;
exports.configureHttp = configureHttp;
const common_1 = require("@nestjs/common");
const correlation_id_hook_1 = require("./correlation-id.hook");
const idempotency_setup_1 = require("./idempotency/idempotency.setup");
const json_body_policy_1 = require("./json-body.policy");
const openapi_setup_1 = require("./openapi.setup");
const problem_details_filter_1 = require("./problem-details.filter");
const rate_limit_setup_1 = require("./rate-limit.setup");
const security_setup_1 = require("./security.setup");
const validation_pipe_1 = require("./validation.pipe");
exports.API_PREFIX = 'api/v1';
/** Operational endpoints stay at the root, where probes, scrapers and people expect them. */
const UNPREFIXED_ROUTES = [
    { path: 'health/{*path}', method: common_1.RequestMethod.ALL },
    { path: 'metrics', method: common_1.RequestMethod.ALL },
    { path: 'docs/{*path}', method: common_1.RequestMethod.ALL },
];
/**
 * Applies the HTTP edge to an application created with `createFastifyAdapter`: correlation ids,
 * JSON-only bodies, security headers and CORS, rate limiting, the `/api/v1` prefix, validation,
 * problem+json errors, `Idempotency-Key` replays (when there is a database) and the OpenAPI docs.
 * Call it once, before `app.init()` / `app.listen()`.
 */
async function configureHttp(app, config, { verifier, dataSource } = {}) {
    // First, so that every later hook, and every error response, runs inside the request's context.
    (0, correlation_id_hook_1.registerCorrelationIdHook)(app.getHttpAdapter().getInstance());
    // Before any hook that may refuse a request, so that refusals carry the security headers too.
    await (0, security_setup_1.applySecurity)(app, config);
    (0, json_body_policy_1.applyJsonBodyPolicy)(app, config.http.bodyLimitBytes);
    await (0, rate_limit_setup_1.applyRateLimit)(app, config, verifier && ((token) => verifier.verify(token).then((user) => user.id)));
    app.setGlobalPrefix(exports.API_PREFIX, { exclude: UNPREFIXED_ROUTES });
    app.useGlobalPipes((0, validation_pipe_1.createValidationPipe)());
    app.useGlobalFilters(new problem_details_filter_1.ProblemDetailsFilter(app.getHttpAdapter()));
    if (dataSource)
        (0, idempotency_setup_1.applyIdempotency)(app, dataSource, config);
    (0, openapi_setup_1.setupOpenApi)(app);
}
