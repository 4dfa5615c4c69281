import { loadAppConfig } from '../../src/load-app-config';
import { ConfigError } from '../../src/shared/config/config-error';
import { startTestApp, TestApp } from '../support/test-app';
import { expectProblem } from './support/fixtures';

const MAX = 3;

/** Anonymous reads from this machine (127.0.0.1), claiming to be forwarded for `forwardedFor`. */
const list = (app: TestApp, forwardedFor?: string) =>
  app.api.get('/api/v1/products', { headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } });

async function spend(app: TestApp, forwardedFor: (index: number) => string | undefined): Promise<number[]> {
  const statuses: number[] = [];
  for (let index = 0; index <= MAX; index++) statuses.push((await list(app, forwardedFor(index))).status);
  return statuses;
}

const limited = [...Array<number>(MAX).fill(200), 429];

describe('rate limit by client address when no proxy is trusted (the default)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_MAX: String(MAX), RATE_LIMIT_WINDOW_MS: '60000' });
  });
  afterAll(() => app?.close());

  it('ignores X-Forwarded-For: rotating made-up addresses does not reset the budget', async () => {
    expect(await spend(app, (index) => `203.0.113.${index + 1}`)).toEqual(limited);
    expectProblem(await list(app, '198.51.100.7, 127.0.0.1'), 429);
  });
});

describe.each([
  ['a hop count', '1'],
  ['the proxy address', '127.0.0.1'],
  ['a CIDR containing it', '10.0.0.0/8, 127.0.0.0/8'],
])('rate limit behind a trusted proxy (TRUST_PROXY as %s)', (_, trustProxy) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: trustProxy, RATE_LIMIT_MAX: String(MAX), RATE_LIMIT_WINDOW_MS: '60000' });
  });
  afterAll(() => app?.close());

  it('keys by the address the proxy saw, so a client-chosen prefix changes nothing', async () => {
    expect(await spend(app, (index) => `198.51.100.${index + 1}, 192.0.2.10`)).toEqual(limited);
    expectProblem(await list(app, '192.0.2.10'), 429);
  });

  it('gives each client the proxy forwards its own budget', async () => {
    expect((await list(app, '192.0.2.20')).status).toBe(200);
    expect((await list(app, '192.0.2.21')).status).toBe(200);
  });
});

describe('TRUST_PROXY validation', () => {
  it.each(['yes', '-1', '1.2.3', '10.0.0.0/33', 'proxy.internal'])('refuses TRUST_PROXY=%s at start-up', (value) => {
    const load = () => loadAppConfig({ TRUST_PROXY: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/^TRUST_PROXY must be/);
  });
});
