import { ConfigError } from './config-error';
import { loadConfig as load } from './load-config';

const loadConfig = (env: Record<string, string>) => load(env, []);

describe('reliability and abuse settings', () => {
  it('defaults to a generous rate limit, a one-day idempotency window and a bounded pool', () => {
    const config = loadConfig({});
    expect(config.http).toMatchObject({
      idempotencyTtlSeconds: 86400,
      rateLimit: { enabled: true, max: 600, windowMs: 60000 },
    });
    expect(config.database).toEqual({ poolSize: 20, acquireTimeoutMs: 5000, statementTimeoutMs: 5000 });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      IDEMPOTENCY_TTL_SECONDS: '60',
      RATE_LIMIT_ENABLED: 'false',
      RATE_LIMIT_MAX: '10',
      RATE_LIMIT_WINDOW_MS: '1000',
      DB_POOL_SIZE: '2',
      DB_ACQUIRE_TIMEOUT_MS: '250',
      DB_STATEMENT_TIMEOUT_MS: '0',
    });
    expect(config.http).toMatchObject({
      idempotencyTtlSeconds: 60,
      rateLimit: { enabled: false, max: 10, windowMs: 1000 },
    });
    expect(config.database).toEqual({ poolSize: 2, acquireTimeoutMs: 250, statementTimeoutMs: 0 });
  });

  it.each([
    [{ RATE_LIMIT_ENABLED: 'yes' }, /^RATE_LIMIT_ENABLED must be one of true, false/],
    [{ RATE_LIMIT_MAX: '0' }, /^RATE_LIMIT_MAX must be between 1/],
    [{ IDEMPOTENCY_TTL_SECONDS: '0' }, /^IDEMPOTENCY_TTL_SECONDS must be between 1/],
    [{ DB_POOL_SIZE: 'many' }, /^DB_POOL_SIZE must be a whole number/],
    [{ DB_ACQUIRE_TIMEOUT_MS: '0' }, /^DB_ACQUIRE_TIMEOUT_MS must be between 1/],
  ])('stops with one line naming the variable for %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
