"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var GatewayModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.GatewayModule = void 0;
const common_1 = require("@nestjs/common");
const logging_module_1 = require("../shared/observability/logging.module");
const gateway_health_controller_1 = require("./health/gateway-health.controller");
const upstream_registry_1 = require("./routing/upstream-registry");
/** The gateway deployable: no database, no module, only its probes and the upstream registry. */
let GatewayModule = GatewayModule_1 = class GatewayModule {
    static forRoot(config, timing) {
        return {
            module: GatewayModule_1,
            imports: [logging_module_1.LoggingModule.forRoot(config)],
            controllers: [gateway_health_controller_1.GatewayHealthController],
            providers: [{ provide: upstream_registry_1.UpstreamRegistry, useFactory: () => new upstream_registry_1.UpstreamRegistry(config.upstreams, timing) }],
        };
    }
};
exports.GatewayModule = GatewayModule;
exports.GatewayModule = GatewayModule = GatewayModule_1 = __decorate([
    (0, common_1.Module)({})
], GatewayModule);
//# sourceMappingURL=gateway.module.js.map