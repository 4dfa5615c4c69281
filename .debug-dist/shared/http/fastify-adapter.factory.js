"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createFastifyAdapter = createFastifyAdapter;
const platform_fastify_1 = require("@nestjs/platform-fastify");
const framework_errors_1 = require("./framework-errors");
/**
 * The Fastify instance behind Nest. Request logging belongs to nestjs-pino, so Fastify's logger is
 * off. `trustProxy` because the service runs behind a gateway or ingress. `requestTimeout` bounds
 * slow clients (slowloris); `connectionTimeout` exceeds Fastify's 72 s keep-alive so idle sockets
 * are closed by the keep-alive logic rather than cut mid-request. `return503OnClosing` answers
 * requests that arrive while the server closes; pass `return503OnClosing: true` to
 * `NestFactory.create` as well so Nest refuses them from the moment shutdown hooks start.
 * `frameworkErrors` turns the router's own refusals (malformed paths) into problem+json.
 */
function createFastifyAdapter(config) {
    return new platform_fastify_1.FastifyAdapter({
        logger: false,
        bodyLimit: config.http.bodyLimitBytes,
        trustProxy: true,
        requestTimeout: 30_000,
        connectionTimeout: 75_000,
        return503OnClosing: true,
        frameworkErrors: framework_errors_1.answerFrameworkError,
    });
}
//# sourceMappingURL=fastify-adapter.factory.js.map