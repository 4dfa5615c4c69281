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
exports.IdempotencyInterceptor = exports.REPLAYED_HEADER = void 0;
const common_1 = require("@nestjs/common");
const rxjs_1 = require("rxjs");
const problem_exception_1 = require("../problem.exception");
const idempotency_key_1 = require("./idempotency-key");
const idempotency_store_1 = require("./idempotency.store");
exports.REPLAYED_HEADER = 'idempotent-replayed';
function replay(reply, response) {
    reply.status(response.status).headers(response.headers).header(exports.REPLAYED_HEADER, 'true');
    return (0, rxjs_1.of)(response.body ?? undefined);
}
/**
 * Makes POST and PUT safe to retry. With an `Idempotency-Key`, the first request claims the key
 * (per user, method and path) and runs; a retry with the same body gets the first response again
 * without a second effect, one with another body a 422, one that overtakes the first a 409.
 * Runs after the guards, so keys belong to the verified user; without a user there is no scope
 * and the key is only validated.
 */
let IdempotencyInterceptor = class IdempotencyInterceptor {
    store;
    pending;
    constructor(store, pending) {
        this.store = store;
        this.pending = pending;
    }
    async intercept(context, next) {
        if (context.getType() !== 'http')
            return next.handle();
        const http = context.switchToHttp();
        const request = http.getRequest();
        if (!idempotency_key_1.IDEMPOTENT_METHODS.has(request.method))
            return next.handle();
        const key = (0, idempotency_key_1.parseIdempotencyKey)(request.headers[idempotency_key_1.IDEMPOTENCY_KEY_HEADER]);
        if (key === undefined || request.user === undefined)
            return next.handle();
        const scope = { subject: request.user.id, method: request.method, path: request.url.split('?')[0], key };
        const claim = await this.store.claim(scope, (0, idempotency_key_1.requestFingerprint)(request.body));
        switch (claim.kind) {
            case 'owner':
                this.pending.set(request, { scope, claimId: claim.claimId });
                return next.handle();
            case 'replay':
                return replay(http.getResponse(), claim.response);
            case 'key-reused':
                throw new problem_exception_1.ProblemException({
                    status: 422,
                    code: 'idempotency.key-reused',
                    detail: 'This Idempotency-Key was already used with a different request body; use a new key',
                });
            case 'in-progress':
                throw new problem_exception_1.ProblemException({
                    status: 409,
                    code: 'idempotency.in-progress',
                    detail: 'A request with this Idempotency-Key is still being processed; retry shortly',
                    headers: { 'Retry-After': '1' },
                });
        }
    }
};
exports.IdempotencyInterceptor = IdempotencyInterceptor;
exports.IdempotencyInterceptor = IdempotencyInterceptor = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [idempotency_store_1.IdempotencyStore, Object])
], IdempotencyInterceptor);
