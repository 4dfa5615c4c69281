"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var LoggingModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.LoggingModule = void 0;
exports.useAppLogger = useAppLogger;
const common_1 = require("@nestjs/common");
const nestjs_pino_1 = require("nestjs-pino");
const pino_1 = require("pino");
const pino_options_1 = require("./pino.options");
const request_log_hook_1 = require("./request-log.hook");
/**
 * JSON logs through one pino logger: nestjs-pino for application logs (with the request bound
 * inside HTTP handlers), `RequestLogHook` for the per-request line. `useAppLogger` makes Nest's
 * own logs go there too.
 */
let LoggingModule = LoggingModule_1 = class LoggingModule {
    /** `destination` defaults to stdout. */
    static forRoot(config, destination) {
        const options = (0, pino_options_1.createPinoOptions)(config);
        const logger = destination ? (0, pino_1.pino)(options, destination) : (0, pino_1.pino)(options);
        return {
            module: LoggingModule_1,
            // pino-http's own request line is off: `RequestLogHook` writes it, for every request. Its
            // serializers are given again because pino-http otherwise binds the whole request (headers too).
            imports: [nestjs_pino_1.LoggerModule.forRoot({ pinoHttp: { logger, autoLogging: false, serializers: options.serializers } })],
            providers: [{ provide: request_log_hook_1.ROOT_LOGGER, useValue: logger }, request_log_hook_1.RequestLogHook],
            exports: [nestjs_pino_1.LoggerModule],
        };
    }
};
exports.LoggingModule = LoggingModule;
exports.LoggingModule = LoggingModule = LoggingModule_1 = __decorate([
    (0, common_1.Module)({})
], LoggingModule);
/**
 * Routes Nest's own logging (and every `new Logger(...)`) through pino. Create the app with
 * `{ bufferLogs: true }` so that start-up messages logged before this call are not lost.
 */
function useAppLogger(app) {
    app.useLogger(app.get(nestjs_pino_1.Logger));
}
//# sourceMappingURL=logging.module.js.map