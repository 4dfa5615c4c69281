"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const bootstrap_1 = require("./bootstrap");
const create_gateway_1 = require("./gateway/create-gateway");
const load_config_1 = require("./shared/config/load-config");
const config_error_1 = require("./shared/config/config-error");
async function main() {
    const config = (0, load_config_1.loadConfig)();
    const running = config.gateway ? await (0, create_gateway_1.createGateway)(config) : await (0, bootstrap_1.createApp)(config);
    let closing = false;
    const shutdown = (signal) => {
        if (closing)
            return;
        closing = true;
        console.log(`${signal} received: finishing in-flight requests, flushing the outbox relay, closing pools`);
        const force = setTimeout(() => process.exit(1), config.http.shutdownGraceMs + 5000);
        force.unref();
        running
            .close()
            .then(() => process.exit(0))
            .catch((error) => {
            console.error(`shutdown failed: ${error instanceof Error ? error.message : error}`);
            process.exit(1);
        });
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
    await running.app.listen(config.port, config.host);
    const address = running.app.getHttpServer().address();
    const base = `http://${config.host}:${typeof address === 'object' && address ? address.port : config.port}`;
    console.log(`ecomm listening on ${base} (${describe(config, running)})`);
    console.log(`API docs: ${base}/docs   OpenAPI: ${base}/docs/openapi.json`);
}
function describe(config, running) {
    if (!('database' in running)) {
        const upstreams = Object.entries(config.upstreams).map(([module, url]) => `${module} ${url}`);
        return `gateway to ${upstreams.join(', ')}`;
    }
    const database = running.database.connection.embedded ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
    return `modules: ${config.modules.join(', ')}; events: ${config.eventTransport}; database: ${database}`;
}
main().catch((error) => {
    if (error instanceof config_error_1.ConfigError) {
        console.error(`configuration error: ${error.message}`);
    }
    else {
        console.error(error);
    }
    process.exit(1);
});
//# sourceMappingURL=main.js.map