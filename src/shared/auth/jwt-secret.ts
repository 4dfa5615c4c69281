import { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/config-error';
import { ensureDevSecret } from './dev-secret';

/**
 * A production run must name its secret or identity provider, and the issuer and audience its tokens
 * must carry (RFC 8725 §3.8-3.9: a token minted for another service with the same keys is refused),
 * embedded database or not; checked at start-up before the database is opened, so a refused start
 * changes nothing.
 */
export function requireProductionSecret(config: AppConfig): void {
  if (process.env.NODE_ENV !== 'production') return;
  if (!config.jwt.secret && !config.jwt.jwksUrl) {
    throw new ConfigError(
      'NODE_ENV=production needs JWT_SECRET (an HS256 secret of at least 32 bytes) or JWT_JWKS_URL; neither is set',
    );
  }
  if (!config.jwt.issuer || !config.jwt.audience) {
    throw new ConfigError('JWT_ISSUER and JWT_AUDIENCE must be set when NODE_ENV=production');
  }
}

/**
 * Settles how tokens are verified: `JWT_SECRET` always wins, then `JWT_JWKS_URL`. Without either,
 * outside production, a secret generated under `DATA_DIR` is used, so a local run (embedded or on
 * a local PostgreSQL) needs no setup; in production the start is refused.
 */
export async function resolveJwtSecret(config: AppConfig): Promise<AppConfig['jwt']> {
  requireProductionSecret(config);
  if (config.jwt.secret || config.jwt.jwksUrl) return config.jwt;
  return { ...config.jwt, secret: await ensureDevSecret(config.dataDir) };
}
