"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.signDevToken = signDevToken;
const jose_1 = require("jose");
/** Signs an HS256 token the server accepts with the same secret; for development and tests. */
async function signDevToken(options) {
    const jwt = new jose_1.SignJWT({ roles: options.roles })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(options.sub)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn);
    if (options.issuer)
        jwt.setIssuer(options.issuer);
    if (options.audience)
        jwt.setAudience(options.audience);
    return jwt.sign(new TextEncoder().encode(options.secret));
}
//# sourceMappingURL=dev-token.js.map