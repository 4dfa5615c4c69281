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
exports.RequestLogHook = exports.ROOT_LOGGER = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const correlation_id_hook_1 = require("../http/correlation-id.hook");
exports.ROOT_LOGGER = Symbol('ROOT_LOGGER');
// Probes and scrapers hit these every few seconds; a line each would drown the real traffic.
const QUIET_PATHS = /^\/(health\/|metrics(\?|$))/;
/**
 * One line per HTTP request: method, url, status, duration and correlation id. Written from a
 * Fastify `onResponse` hook rather than pino-http's middleware, which never runs for requests
 * rejected before routing (unknown routes, 413, 415), and those are worth a line too.
 */
let RequestLogHook = class RequestLogHook {
    adapterHost;
    logger;
    constructor(adapterHost, logger) {
        this.adapterHost = adapterHost;
        this.logger = logger;
    }
    onModuleInit() {
        const adapter = this.adapterHost.httpAdapter;
        // Absent in a standalone application context (CLI, worker without HTTP).
        if (adapter?.getType() !== 'fastify')
            return;
        adapter.getInstance().addHook('onResponse', (request, reply, done) => {
            if (!QUIET_PATHS.test(request.url)) {
                const level = reply.statusCode >= 500 ? 'error' : 'info';
                this.logger[level]({
                    req: { method: request.method, url: request.url },
                    res: { statusCode: reply.statusCode },
                    durationMs: Math.round(reply.elapsedTime * 10) / 10,
                    correlationId: reply.getHeader(correlation_id_hook_1.CORRELATION_ID_HEADER),
                }, 'request completed');
            }
            done();
        });
    }
};
exports.RequestLogHook = RequestLogHook;
exports.RequestLogHook = RequestLogHook = __decorate([
    (0, common_1.Injectable)(),
    __param(1, (0, common_1.Inject)(exports.ROOT_LOGGER)),
    __metadata("design:paramtypes", [core_1.HttpAdapterHost, Object])
], RequestLogHook);
