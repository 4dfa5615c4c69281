"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildDocumentWithoutDatabase = buildDocumentWithoutDatabase;
const core_1 = require("@nestjs/core");
const typeorm_1 = require("typeorm");
const app_module_1 = require("../../app.module");
const module_registry_1 = require("../../module-registry");
const load_config_1 = require("../../shared/config/load-config");
const configure_http_1 = require("../../shared/http/configure-http");
const fastify_adapter_factory_1 = require("../../shared/http/fastify-adapter.factory");
const openapi_setup_1 = require("../../shared/http/openapi.setup");
/**
 * A fixed environment rather than `process.env`: the committed document must not depend on who
 * generates it. It hosts every module, like the default deployment that serves `/docs`.
 */
const DOCUMENT_ENV = {
    APP_MODULES: 'all',
    DATABASE_URL: 'postgres://openapi@127.0.0.1:5432/unused',
    JWT_SECRET: 'openapi-generation-never-signs-anything',
    LOG_LEVEL: 'silent',
};
/**
 * The OpenAPI document the application serves at `/docs/openapi.json`, built without a database
 * or broker: Nest's preview mode scans modules and controllers but instantiates no provider, so
 * the never-initialised data source below is never touched.
 */
async function buildDocumentWithoutDatabase() {
    const config = (0, load_config_1.loadConfig)(DOCUMENT_ENV);
    const dataSource = new typeorm_1.DataSource({ type: 'postgres', url: config.databaseUrl });
    const database = {
        dataSource,
        connection: { url: config.databaseUrl, embedded: false },
        close: async () => undefined,
    };
    const app = await core_1.NestFactory.create(app_module_1.AppModule.forRoot({ config, database, jwt: config.jwt, modules: (0, module_registry_1.selectModules)(config.modules) }), (0, fastify_adapter_factory_1.createFastifyAdapter)(config), { preview: true, logger: false, abortOnError: false });
    try {
        await (0, configure_http_1.configureHttp)(app, config, { dataSource });
        return (0, openapi_setup_1.buildOpenApiDocument)(app);
    }
    finally {
        await app.close();
    }
}
