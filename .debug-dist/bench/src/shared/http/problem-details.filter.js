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
exports.ProblemDetailsFilter = void 0;
const common_1 = require("@nestjs/common");
const node_http_1 = require("node:http");
const rxjs_1 = require("rxjs");
const problem_mapping_1 = require("./problem-mapping");
const problem_details_1 = require("./problem-details");
/**
 * Turns every error of an HTTP request (thrown by handlers, guards and pipes, raised by Fastify
 * while parsing, or the not-found handler) into an RFC 9457 `application/problem+json` response.
 * Unexpected errors become a generic 500 whose detail leaks nothing; they are logged with their stack.
 */
let ProblemDetailsFilter = class ProblemDetailsFilter {
    httpAdapter;
    logger = new common_1.Logger('HttpError');
    constructor(httpAdapter) {
        this.httpAdapter = httpAdapter;
    }
    catch(exception, host) {
        // A hybrid app's microservice inherits global filters; its errors are the transport's business.
        if (host.getType() !== 'http')
            return (0, rxjs_1.throwError)(() => exception);
        const http = host.switchToHttp();
        const request = http.getRequest();
        const response = http.getResponse();
        const mapped = (0, problem_mapping_1.mapErrorToProblem)(exception);
        const spec = mapped ?? { status: 500, detail: 'An unexpected error occurred' };
        if (spec.status >= 500)
            this.log(exception, mapped === undefined);
        if (this.httpAdapter.isHeadersSent(response)) {
            // A streamed response failed midway: nothing can be sent any more but the end of it.
            this.httpAdapter.end(response);
            return;
        }
        const url = this.httpAdapter.getRequestUrl?.(request) ?? '/';
        const problem = {
            type: 'about:blank',
            title: node_http_1.STATUS_CODES[spec.status] ?? 'Error',
            status: spec.status,
            detail: spec.detail,
            instance: url.split('?')[0],
            ...(spec.code !== undefined && { code: spec.code }),
            ...(spec.errors !== undefined && { errors: spec.errors }),
        };
        for (const [name, value] of Object.entries(spec.headers ?? {}))
            this.httpAdapter.setHeader(response, name, value);
        this.httpAdapter.setHeader(response, 'Content-Type', problem_details_1.PROBLEM_CONTENT_TYPE);
        this.httpAdapter.reply(response, problem, spec.status);
    }
    log(exception, unexpected) {
        const message = exception instanceof Error ? exception.message : String(exception);
        const stack = exception instanceof Error ? exception.stack : undefined;
        if (unexpected)
            this.logger.error(`Unhandled error: ${message}`, stack);
        else
            this.logger.warn(`Service unavailable: ${message}`);
    }
};
exports.ProblemDetailsFilter = ProblemDetailsFilter;
exports.ProblemDetailsFilter = ProblemDetailsFilter = __decorate([
    (0, common_1.Catch)(),
    __metadata("design:paramtypes", [Object])
], ProblemDetailsFilter);
