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
exports.AuthGuard = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const problem_exception_1 = require("../http/problem.exception");
const message_context_1 = require("../messaging/message-context");
const auth_decorators_1 = require("./auth.decorators");
const jwt_verifier_1 = require("./jwt-verifier");
// RFC 6750 b64token; the length cap keeps absurd headers from reaching the crypto.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;
const MAX_TOKEN_LENGTH = 8192;
function bearerToken(header) {
    if (header === undefined || header.length > MAX_TOKEN_LENGTH)
        return undefined;
    return BEARER.exec(header.trim())?.[1];
}
/**
 * Global guard: acts only on routes marked `@Authenticated()` or `@AdminOnly()`, so reads stay
 * public by default. Verifies the bearer token, checks the admin role, leaves the user on the
 * request for `@CurrentUser()` and makes it the actor of the events the request records.
 */
let AuthGuard = class AuthGuard {
    reflector;
    verifier;
    constructor(reflector, verifier) {
        this.reflector = reflector;
        this.verifier = verifier;
    }
    async canActivate(context) {
        const requirement = this.reflector.getAllAndOverride(auth_decorators_1.AUTH_REQUIREMENT, [
            context.getHandler(),
            context.getClass(),
        ]);
        if (requirement === undefined || context.getType() !== 'http')
            return true;
        const request = context
            .switchToHttp()
            .getRequest();
        const header = request.headers.authorization;
        const token = bearerToken(header);
        if (token === undefined) {
            throw header === undefined
                ? (0, jwt_verifier_1.unauthorized)('A bearer token is required', false)
                : (0, jwt_verifier_1.unauthorized)('The Authorization header must be "Bearer <token>"', true);
        }
        const user = await this.verifier.verify(token);
        if (requirement === 'admin' && !user.isAdmin) {
            throw new problem_exception_1.ProblemException({ status: 403, detail: 'This operation needs the admin role' });
        }
        request.user = user;
        (0, message_context_1.updateMessageContext)({ actor: user.id });
        return true;
    }
};
exports.AuthGuard = AuthGuard;
exports.AuthGuard = AuthGuard = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.Reflector,
        jwt_verifier_1.JwtVerifier])
], AuthGuard);
