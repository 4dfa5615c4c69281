import { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/config-error';
import { ensureDevSecret } from './dev-secret';

/**
 * Settles how tokens are verified: `JWT_SECRET` always wins, then `JWT_JWKS_URL`. Without either,
 * a generated secret under `DATA_DIR` is used when the database is embedded (a local or demo run).
 *
 * Decision: the same fallback applies to any run with `NODE_ENV` other than `production`, so a
 * developer pointing `DATABASE_URL` at a local PostgreSQL needs no extra setup. A production run
 * against a real database must name its secret or identity provider, or it refuses to start.
 * In production, tokens must also name their issuer and audience (RFC 8725 §3.8-3.9), so a token
 * minted for another service with the same keys is refused: both must be configured.
 */
export async function resolveJwtSecret(config: AppConfig, embedded: boolean): Promise<AppConfig['jwt']> {
  const production = process.env.NODE_ENV === 'production';
  if (production && (!config.jwt.issuer || !config.jwt.audience)) {
    throw new ConfigError('JWT_ISSUER and JWT_AUDIENCE must be set when NODE_ENV=production');
  }
  if (config.jwt.secret || config.jwt.jwksUrl) return config.jwt;
  if (embedded || !production) {
    return { ...config.jwt, secret: await ensureDevSecret(config.dataDir) };
  }
  throw new ConfigError('JWT_SECRET or JWT_JWKS_URL must be set when DATABASE_URL is set');
}
