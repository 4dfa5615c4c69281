import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load-config';
import { ConfigError } from '../config/config-error';
import { resolveJwtSecret } from './jwt-secret';

describe('resolveJwtSecret', () => {
  let dataDir: string;
  const nodeEnv = process.env.NODE_ENV;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'jwt-secret-'));
  });
  afterEach(async () => {
    process.env.NODE_ENV = nodeEnv;
    await rm(dataDir, { recursive: true, force: true });
  });

  const config = (env: Record<string, string> = {}) => loadConfig({ DATA_DIR: join(dataDir, 'data'), ...env }, []);

  it('prefers JWT_SECRET over everything', async () => {
    const secret = 's'.repeat(32);
    const jwt = await resolveJwtSecret(config({ JWT_SECRET: secret, JWT_JWKS_URL: 'https://id.example/jwks' }));
    expect(jwt).toMatchObject({ secret, jwksUrl: 'https://id.example/jwks' });
  });

  it('uses the JWKS when no secret is set', async () => {
    const jwt = await resolveJwtSecret(config({ JWT_JWKS_URL: 'https://id.example/jwks' }));
    expect(jwt).toMatchObject({ secret: undefined, jwksUrl: 'https://id.example/jwks' });
  });

  it('generates a private dev secret in embedded mode and reuses it on restart', async () => {
    const first = await resolveJwtSecret(config());
    expect(Buffer.byteLength(first.secret!, 'utf8')).toBeGreaterThanOrEqual(48);
    const file = join(dataDir, 'data', 'jwt-secret');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.secret);
    expect((await resolveJwtSecret(config())).secret).toBe(first.secret);
  });

  it.each([
    ['a real database', { DATABASE_URL: 'postgresql://db/app', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' }],
    ['the embedded database', { JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' }],
  ])('refuses %s in production without a secret or JWKS, and generates no secret', async (_, env) => {
    process.env.NODE_ENV = 'production';
    await expect(resolveJwtSecret(config(env))).rejects.toThrow(
      new ConfigError(
        'NODE_ENV=production needs JWT_SECRET (an HS256 secret of at least 32 bytes) or JWT_JWKS_URL; neither is set',
      ),
    );
    await expect(stat(join(dataDir, 'data', 'jwt-secret'))).rejects.toThrow();
  });

  const issuerAndAudience = { JWT_ISSUER: 'https://id.example', JWT_AUDIENCE: 'ecomm-api' };

  it.each<Record<string, string>>([{ JWT_ISSUER: 'https://id.example' }, { JWT_AUDIENCE: 'ecomm-api' }, {}])(
    'refuses production without an issuer and an audience (%j)',
    async (env) => {
      process.env.NODE_ENV = 'production';
      await expect(resolveJwtSecret(config({ JWT_SECRET: 's'.repeat(32), ...env }))).rejects.toThrow(
        new ConfigError('JWT_ISSUER and JWT_AUDIENCE must be set when NODE_ENV=production'),
      );
    },
  );

  it('accepts production with a secret, an issuer and an audience', async () => {
    process.env.NODE_ENV = 'production';
    const jwt = await resolveJwtSecret(config({ JWT_SECRET: 's'.repeat(32), ...issuerAndAudience }));
    expect(jwt).toMatchObject({ issuer: 'https://id.example', audience: 'ecomm-api' });
  });

  it('allows the dev secret with a real database outside production', async () => {
    process.env.NODE_ENV = 'development';
    expect((await resolveJwtSecret(config({ DATABASE_URL: 'postgresql://db/app' }))).secret).toBeDefined();
  });

  it('refuses a stored secret that is too short', async () => {
    await writeFile(join(dataDir, 'jwt-secret'), 'short');
    await expect(resolveJwtSecret(loadConfig({ DATA_DIR: dataDir }, []))).rejects.toThrow(ConfigError);
  });
});
