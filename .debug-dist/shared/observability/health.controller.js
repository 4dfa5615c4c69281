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
exports.HealthController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const terminus_1 = require("@nestjs/terminus");
const database_health_1 = require("./database.health");
const transport_health_1 = require("./transport.health");
/** Liveness and readiness probes at `/health/*` (outside `/api/v1` and the API docs). */
let HealthController = class HealthController {
    health;
    database;
    transport;
    constructor(health, database, transport) {
        this.health = health;
        this.database = database;
        this.transport = transport;
    }
    /** The process runs and serves HTTP; says nothing about dependencies, so it never restarts a pod for them. */
    live() {
        return { status: 'ok' };
    }
    /** Dependencies are usable. 503 with terminus' report (not problem+json) when one is down. */
    async ready(reply) {
        const checks = [];
        if (this.database.available)
            checks.push(() => this.database.check('database'));
        if (this.transport.available)
            checks.push(() => this.transport.check('events'));
        try {
            return await this.health.check(checks);
        }
        catch (error) {
            if (!(error instanceof common_1.ServiceUnavailableException))
                throw error;
            reply.status(503);
            return error.getResponse();
        }
    }
};
exports.HealthController = HealthController;
__decorate([
    (0, common_1.Get)('live'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Object)
], HealthController.prototype, "live", null);
__decorate([
    (0, common_1.Get)('ready'),
    __param(0, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], HealthController.prototype, "ready", null);
exports.HealthController = HealthController = __decorate([
    (0, swagger_1.ApiExcludeController)(),
    (0, common_1.Controller)('health'),
    __metadata("design:paramtypes", [terminus_1.HealthCheckService,
        database_health_1.DatabaseHealthIndicator,
        transport_health_1.TransportHealthIndicator])
], HealthController);
//# sourceMappingURL=health.controller.js.map