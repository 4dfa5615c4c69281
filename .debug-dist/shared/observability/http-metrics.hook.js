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
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpMetricsHook = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const metrics_service_1 = require("./metrics.service");
/**
 * Times every HTTP response, 404s and errors included, in a Fastify `onResponse` hook. Labelled with
 * the route pattern (`/api/v1/products/:id`), never the raw URL, so label cardinality stays bounded.
 */
let HttpMetricsHook = class HttpMetricsHook {
    adapterHost;
    metrics;
    constructor(adapterHost, metrics) {
        this.adapterHost = adapterHost;
        this.metrics = metrics;
    }
    onModuleInit() {
        const adapter = this.adapterHost.httpAdapter;
        // Absent in a standalone application context (CLI, worker without HTTP).
        if (adapter?.getType() !== 'fastify')
            return;
        adapter.getInstance().addHook('onResponse', (request, reply, done) => {
            const route = request.routeOptions.url ?? 'unmatched';
            this.metrics.observeHttpRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
            done();
        });
    }
};
exports.HttpMetricsHook = HttpMetricsHook;
exports.HttpMetricsHook = HttpMetricsHook = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.HttpAdapterHost,
        metrics_service_1.MetricsService])
], HttpMetricsHook);
//# sourceMappingURL=http-metrics.hook.js.map