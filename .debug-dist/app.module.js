"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var AppModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppModule = void 0;
const common_1 = require("@nestjs/common");
const auth_module_1 = require("./shared/auth/auth.module");
const config_module_1 = require("./shared/config/config.module");
const database_module_1 = require("./shared/database/database.module");
const messaging_module_1 = require("./shared/messaging/messaging.module");
const health_module_1 = require("./shared/observability/health.module");
const logging_module_1 = require("./shared/observability/logging.module");
const metrics_module_1 = require("./shared/observability/metrics.module");
const tracing_module_1 = require("./shared/observability/tracing/tracing.module");
const module_registry_1 = require("./module-registry");
/** The composition root: shared infrastructure plus the modules this process hosts. */
let AppModule = AppModule_1 = class AppModule {
    static forRoot(options) {
        return {
            module: AppModule_1,
            imports: [
                config_module_1.ConfigModule.forRoot(options.config),
                logging_module_1.LoggingModule.forRoot(options.config),
                metrics_module_1.MetricsModule,
                tracing_module_1.TracingModule.forRoot(options.config),
                database_module_1.DatabaseModule.forRoot(options.database.dataSource, options.database.connection),
                messaging_module_1.MessagingModule.forRoot({ events: module_registry_1.ALL_EVENTS, consumers: module_registry_1.ALL_CONSUMERS }),
                auth_module_1.AuthModule.forRoot(options.jwt),
                health_module_1.HealthModule,
                ...options.modules.map((definition) => definition.nestModule),
            ],
        };
    }
};
exports.AppModule = AppModule;
exports.AppModule = AppModule = AppModule_1 = __decorate([
    (0, common_1.Module)({})
], AppModule);
//# sourceMappingURL=app.module.js.map