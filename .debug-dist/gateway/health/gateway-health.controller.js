"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GatewayHealthController = void 0;
const common_1 = require("@nestjs/common");
const upstream_registry_1 = require("../routing/upstream-registry");
const upstream_health_1 = require("./upstream-health");
const PROBE_TIMEOUT_MS = 2_000;
/** The gateway's probes: alive on its own, ready only when every module service behind it is. */
let GatewayHealthController = class GatewayHealthController {
    registry;
    constructor(registry) {
        this.registry = registry;
    }
    // Says nothing about the upstreams, so that orchestrators never restart the gateway because of them.
    live() {
        return { status: 'ok' };
    }
    async ready(reply) {
        const report = await (0, upstream_health_1.checkUpstreams)(this.registry.baseUrls(), PROBE_TIMEOUT_MS);
        reply.status(report.status === 'ok' ? 200 : 503);
        return report;
    }
};
exports.GatewayHealthController = GatewayHealthController;
__decorate([
    (0, common_1.Get)('live'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Object)
], GatewayHealthController.prototype, "live", null);
__decorate([
    (0, common_1.Get)('ready'),
    __param(0, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], GatewayHealthController.prototype, "ready", null);
exports.GatewayHealthController = GatewayHealthController = __decorate([
    (0, common_1.Controller)('health'),
    __metadata("design:paramtypes", [upstream_registry_1.UpstreamRegistry])
], GatewayHealthController);
//# sourceMappingURL=gateway-health.controller.js.map