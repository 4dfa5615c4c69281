"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JwtVerifier = void 0;
exports.unauthorized = unauthorized;
const jose_1 = require("jose");
const node_crypto_1 = require("node:crypto");
const config_error_1 = require("../config/config-error");
const problem_exception_1 = require("../http/problem.exception");
const authenticated_user_1 = require("./authenticated-user");
/** A 401 as RFC 6750 wants it: the `WWW-Authenticate` challenge says the token was the problem. */
function unauthorized(detail, invalidToken) {
    const challenge = invalidToken ? 'Bearer error="invalid_token"' : 'Bearer';
    return new problem_exception_1.ProblemException({ status: 401, detail, headers: { 'WWW-Authenticate': challenge } });
}
const INVALID = 'The bearer token is invalid';
function toUser(payload) {
    const { sub, roles } = payload;
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200)
        throw unauthorized(INVALID, true);
    if (roles !== undefined && !(Array.isArray(roles) && roles.every((role) => typeof role === 'string'))) {
        throw unauthorized(INVALID, true);
    }
    const granted = roles ?? [];
    return { id: sub, roles: granted, isAdmin: granted.includes(authenticated_user_1.ADMIN_ROLE) };
}
/**
 * Verifies bearer tokens with `jose`: HS256 with the shared secret, or RS256/ES256 against the
 * identity provider's JWKS. Algorithms are pinned per key kind so `none` and HS-with-a-public-key
 * confusion are impossible. Bad tokens always become a 401; only an unreachable JWKS is a 503.
 */
class JwtVerifier {
    verifyToken;
    remoteKeys;
    constructor(settings) {
        const common = { clockTolerance: 5, issuer: settings.issuer, audience: settings.audience, requiredClaims: ['sub'] };
        if (settings.secret) {
            // Imported once: given the raw bytes, jose would import the key again for every token (a
            // WebCrypto job each time, a tenth of a write request's CPU in the benchmark).
            const secret = node_crypto_1.webcrypto.subtle.importKey('raw', new TextEncoder().encode(settings.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
            this.verifyToken = async (token) => (0, jose_1.jwtVerify)(token, await secret, { ...common, algorithms: ['HS256'] });
            this.remoteKeys = false;
        }
        else if (settings.jwksUrl) {
            const keySet = (0, jose_1.createRemoteJWKSet)(new URL(settings.jwksUrl));
            this.verifyToken = (token) => (0, jose_1.jwtVerify)(token, keySet, { ...common, algorithms: ['RS256', 'ES256'] });
            this.remoteKeys = true;
        }
        else {
            throw new config_error_1.ConfigError('JWT_SECRET or JWT_JWKS_URL must be set');
        }
    }
    /** The user a token proves, or a 401 `ProblemException` (503 when the JWKS cannot be fetched). */
    async verify(token) {
        let payload;
        try {
            ({ payload } = await this.verifyToken(token));
        }
        catch (error) {
            throw this.failure(error);
        }
        return toUser(payload);
    }
    failure(error) {
        if (error instanceof jose_1.errors.JWTExpired)
            return unauthorized('The bearer token has expired', true);
        const keysUnavailable = error instanceof jose_1.errors.JWKSTimeout ||
            error instanceof jose_1.errors.JWKSInvalid ||
            !(error instanceof jose_1.errors.JOSEError);
        if (this.remoteKeys && keysUnavailable) {
            // The identity provider's keys could not be fetched: not the client's fault, and worth a retry.
            return new problem_exception_1.ProblemException({
                status: 503,
                detail: 'Tokens cannot be verified right now; retry shortly',
                headers: { 'Retry-After': '5' },
            });
        }
        return unauthorized(INVALID, true);
    }
}
exports.JwtVerifier = JwtVerifier;
//# sourceMappingURL=jwt-verifier.js.map