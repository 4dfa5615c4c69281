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
var TracingModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.TracingModule = void 0;
const common_1 = require("@nestjs/common");
const command_tracing_1 = require("./command-tracing");
const http_tracing_hook_1 = require("./http-tracing.hook");
const span_exporter_factory_1 = require("./span-exporter.factory");
const tracing_1 = require("./tracing");
const TRACING_HANDLE = Symbol('TRACING_HANDLE');
/**
 * OpenTelemetry tracing as `OTEL_TRACES_EXPORTER` configures it: spans for HTTP requests and commands
 * here, for outbox publishing and event handling in the messaging core. With `none` nothing is
 * registered and every instrumentation point returns at once.
 */
let TracingModule = TracingModule_1 = class TracingModule {
    handle;
    constructor(handle) {
        this.handle = handle;
    }
    static forRoot(config) {
        return {
            module: TracingModule_1,
            providers: [
                {
                    provide: TRACING_HANDLE,
                    useFactory: () => {
                        const exporter = (0, span_exporter_factory_1.createSpanExporter)(config.tracing);
                        return exporter ? (0, tracing_1.startTracing)(config.tracing.serviceName, exporter) : null;
                    },
                },
                http_tracing_hook_1.HttpTracingHook,
                command_tracing_1.CommandTracing,
            ],
        };
    }
    /** Exports the spans still buffered, after the relay's final flush has produced its own. */
    async onApplicationShutdown() {
        await this.handle?.shutdown();
    }
};
exports.TracingModule = TracingModule;
exports.TracingModule = TracingModule = TracingModule_1 = __decorate([
    (0, common_1.Module)({}),
    __param(0, (0, common_1.Inject)(TRACING_HANDLE)),
    __metadata("design:paramtypes", [Object])
], TracingModule);
