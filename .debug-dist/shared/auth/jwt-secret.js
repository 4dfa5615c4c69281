"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveJwtSecret = resolveJwtSecret;
const config_error_1 = require("../config/config-error");
const dev_secret_1 = require("./dev-secret");
/**
 * Settles how tokens are verified: `JWT_SECRET` always wins, then `JWT_JWKS_URL`. Without either,
 * a generated secret under `DATA_DIR` is used when the database is embedded (a local or demo run).
 *
 * Decision: the same fallback applies to any run with `NODE_ENV` other than `production`, so a
 * developer pointing `DATABASE_URL` at a local PostgreSQL needs no extra setup. A production run
 * against a real database must name its secret or identity provider, or it refuses to start.
 */
async function resolveJwtSecret(config, embedded) {
    if (config.jwt.secret || config.jwt.jwksUrl)
        return config.jwt;
    if (embedded || process.env.NODE_ENV !== 'production') {
        return { ...config.jwt, secret: await (0, dev_secret_1.ensureDevSecret)(config.dataDir) };
    }
    throw new config_error_1.ConfigError('JWT_SECRET or JWT_JWKS_URL must be set when DATABASE_URL is set');
}
//# sourceMappingURL=jwt-secret.js.map