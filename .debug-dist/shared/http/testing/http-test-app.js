"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createHttpTestApp = createHttpTestApp;
const core_1 = require("@nestjs/core");
const jwt_verifier_1 = require("../../auth/jwt-verifier");
const load_config_1 = require("../../config/load-config");
const configure_http_1 = require("../configure-http");
const fastify_adapter_factory_1 = require("../fastify-adapter.factory");
function providedOrUndefined(app, token) {
    try {
        return app.get(token, { strict: false });
    }
    catch {
        return undefined;
    }
}
/** A Nest app wired exactly like main.ts wires the HTTP edge, around the given controllers and modules. */
async function createHttpTestApp(metadata, env = {}) {
    const config = (0, load_config_1.loadConfig)({ LOG_LEVEL: 'silent', ...env });
    class TestModule {
    }
    const module = { module: TestModule, ...metadata };
    const app = await core_1.NestFactory.create(module, (0, fastify_adapter_factory_1.createFastifyAdapter)(config), {
        logger: false,
        abortOnError: false,
    });
    await (0, configure_http_1.configureHttp)(app, config, { verifier: providedOrUndefined(app, jwt_verifier_1.JwtVerifier) });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return { app, config };
}
//# sourceMappingURL=http-test-app.js.map