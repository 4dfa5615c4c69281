"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApp = createApp;
const core_1 = require("@nestjs/core");
const app_module_1 = require("./app.module");
const module_registry_1 = require("./module-registry");
const jwt_secret_1 = require("./shared/auth/jwt-secret");
const open_database_1 = require("./shared/database/open-database");
const configure_http_1 = require("./shared/http/configure-http");
const jwt_verifier_1 = require("./shared/auth/jwt-verifier");
const fastify_adapter_factory_1 = require("./shared/http/fastify-adapter.factory");
const rabbitmq_server_1 = require("./shared/messaging/rabbitmq/rabbitmq.server");
const logging_module_1 = require("./shared/observability/logging.module");
/**
 * Builds the application for the modules in `config`: database first (migrations run before any
 * module starts), then Nest. Shared by `main.ts` and the end-to-end tests.
 */
async function createApp(config) {
    const modules = (0, module_registry_1.selectModules)(config.modules);
    const database = await (0, open_database_1.openDatabase)({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        entities: (0, module_registry_1.entitiesFor)(modules),
        migrations: (0, module_registry_1.migrationsFor)(modules),
        applicationName: `ecomm:${config.modules.join('+') || 'gateway'}`,
        pool: config.database,
    });
    try {
        const jwt = await (0, jwt_secret_1.resolveJwtSecret)(config, database.connection.embedded);
        const app = await core_1.NestFactory.create(app_module_1.AppModule.forRoot({ config, database, jwt, modules }), (0, fastify_adapter_factory_1.createFastifyAdapter)(config), { bufferLogs: true, return503OnClosing: true });
        (0, logging_module_1.useAppLogger)(app);
        await (0, configure_http_1.configureHttp)(app, config, { verifier: app.get(jwt_verifier_1.JwtVerifier), dataSource: database.dataSource });
        if (config.eventTransport === 'rabbitmq') {
            // The broker consumers are a microservice of this app; init first so handlers are discovered,
            // topology declared and the relay running before they take messages, all before HTTP listens.
            app.connectMicroservice({ strategy: app.get(rabbitmq_server_1.RabbitMqServer) }, { inheritAppConfig: true });
            await app.init();
            await app.startAllMicroservices();
        }
        return {
            app,
            database,
            async close() {
                const t0 = Date.now();
                const log = (m) => console.log(`[shutdown +${Date.now() - t0}ms] ${m}`);
                for (const name of ['prepareClose','callDestroyHook','callBeforeShutdownHook','dispose','callShutdownHook']) {
                    let proto = Object.getPrototypeOf(app); while (proto && !Object.prototype.hasOwnProperty.call(proto, name)) proto = Object.getPrototypeOf(proto);
                    const orig = proto[name];
                    proto[name] = async function (...a) { log('start ' + name); try { return await orig.apply(this, a); } finally { log('end ' + name); } };
                }
                const timer = setInterval(() => log('still closing; active handles ' + process._getActiveHandles().length), 2000); timer.unref();
                await app.close();
                log('app closed');
                await database.close();
                log('db closed');
            },
        };
    }
    catch (error) {
        await database.close();
        throw error;
    }
}
//# sourceMappingURL=bootstrap.js.map