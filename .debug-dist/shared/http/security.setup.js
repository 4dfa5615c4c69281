"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.applySecurity = applySecurity;
const helmet_1 = __importDefault(require("@fastify/helmet"));
const correlation_id_hook_1 = require("./correlation-id.hook");
/**
 * Security headers and CORS. The CSP is strict except where Swagger UI at /docs needs it: inline
 * styles and data: images. `upgrade-insecure-requests` is left out because deployments reached
 * over plain HTTP (local compose) would otherwise load the docs' assets from a non-existent https.
 * CORS stays closed (no headers at all) unless origins are configured; tokens travel in the
 * Authorization header, never cookies, so credentials are not allowed.
 */
async function applySecurity(app, config) {
    await app.register(helmet_1.default, {
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
    if (config.http.corsOrigins.length === 0)
        return;
    app.enableCors({
        origin: config.http.corsOrigins,
        methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
        allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', correlation_id_hook_1.CORRELATION_ID_HEADER],
        exposedHeaders: [correlation_id_hook_1.CORRELATION_ID_HEADER, 'ETag', 'Location', 'Retry-After', 'Idempotent-Replayed'],
        credentials: false,
        maxAge: 600,
    });
}
//# sourceMappingURL=security.setup.js.map