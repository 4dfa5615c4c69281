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
exports.HttpTracingHook = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const api_1 = require("@opentelemetry/api");
const semantic_conventions_1 = require("@opentelemetry/semantic-conventions");
const tracing_1 = require("./tracing");
/**
 * One server span per HTTP request, continuing the caller's `traceparent` when it sends one. The rest
 * of the request runs inside the span's context (the correlation-id hook carries that context across
 * body parsing), so command, outbox and event-handling spans become its descendants.
 */
let HttpTracingHook = class HttpTracingHook {
    adapterHost;
    constructor(adapterHost) {
        this.adapterHost = adapterHost;
    }
    onModuleInit() {
        const adapter = this.adapterHost.httpAdapter;
        if (!(0, tracing_1.tracingEnabled)() || adapter?.getType() !== 'fastify')
            return;
        const fastify = adapter.getInstance();
        const spans = new WeakMap();
        fastify.addHook('onRequest', (request, _reply, done) => {
            const route = request.routeOptions.url;
            const parent = api_1.propagation.extract(api_1.ROOT_CONTEXT, request.headers);
            const span = (0, tracing_1.tracer)().startSpan(route ? `${request.method} ${route}` : request.method, {
                kind: api_1.SpanKind.SERVER,
                attributes: {
                    [semantic_conventions_1.ATTR_HTTP_REQUEST_METHOD]: request.method,
                    [semantic_conventions_1.ATTR_URL_PATH]: request.url.split('?')[0],
                    ...(route && { [semantic_conventions_1.ATTR_HTTP_ROUTE]: route }),
                },
            }, parent);
            spans.set(request, span);
            api_1.context.with(api_1.trace.setSpan(parent, span), done);
        });
        fastify.addHook('onResponse', (request, reply, done) => {
            const span = spans.get(request);
            if (span) {
                span.setAttribute(semantic_conventions_1.ATTR_HTTP_RESPONSE_STATUS_CODE, reply.statusCode);
                if (reply.statusCode >= 500)
                    span.setStatus({ code: api_1.SpanStatusCode.ERROR });
                span.end();
            }
            done();
        });
    }
};
exports.HttpTracingHook = HttpTracingHook;
exports.HttpTracingHook = HttpTracingHook = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.HttpAdapterHost])
], HttpTracingHook);
