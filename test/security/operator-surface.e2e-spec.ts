import { AppProcess, freePort } from '../faults/support/app-process';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { TEST_JWT_SECRET } from '../support/tokens';
import { expectProblem } from './support/fixtures';
import { rawRequest, RawResponse } from './support/raw-http';

const METRICS_TOKEN = 'scraper-token-that-is-long-enough-0123456789';

function expectRawProblem(response: RawResponse, status: number): void {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
    status,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(JSON.parse(response.body)).toMatchObject({ type: 'about:blank', title: expect.any(String), status });
}

describe('/metrics behind METRICS_TOKEN', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ METRICS_TOKEN });
  });
  afterAll(() => app?.close());

  it('answers a scrape without the token, or with another one, with 401 problem+json', async () => {
    expectProblem(await app.api.get('/metrics'), 401);
    expectProblem(await app.api.get('/metrics', { token: 'not-the-metrics-token' }), 401);
    expectProblem(await app.api.get('/metrics', { token: `${METRICS_TOKEN}x` }), 401);
  });

  it('serves the metrics to a scraper that sends it as a bearer token', async () => {
    const scrape = await app.api.get('/metrics', { token: METRICS_TOKEN });
    expect(scrape.status).toBe(200);
    expect(scrape.body).toContain('process_cpu_user_seconds_total');
  });
});

describe('a server process with its metrics on their own port', () => {
  let database: TestDatabase;
  let server: AppProcess;
  let port: number;
  let metricsPort: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    [port, metricsPort] = [await freePort(), await freePort()];
    server = new AppProcess({
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      METRICS_TOKEN,
      LOG_LEVEL: 'info',
    });
    expect(await server.ready()).toBe(true);
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('does not serve /metrics on the API port', async () => {
    const response = await fetch(`${server.baseUrl}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.status).toBe(404);
  });

  it('serves them on METRICS_PORT, still behind the token', async () => {
    const url = `http://127.0.0.1:${metricsPort}/metrics`;
    expect((await fetch(url)).status).toBe(401);
    const scrape = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain('http_request_duration_seconds');
  });

  it('logs request URLs with the secrets of their query string redacted', async () => {
    const secrets = ['S3cr3t-access', 'S3cr3t-token', 'S3cr3t-password', 'S3cr3t-key', 'S3cr3t-jwt'];
    const query =
      `access_token=${secrets[0]}&token=${secrets[1]}&password=${secrets[2]}&api_key=${secrets[3]}` +
      `&id_token=${secrets[4]}&limit=5`;
    await fetch(`${server.baseUrl}/api/v1/products?${query}`);
    const line = await eventually(
      async () => server.output.find((candidate) => candidate.includes('/api/v1/products?')),
      (found) => found !== undefined,
      { what: 'the request line in the log' },
    );
    const { req } = JSON.parse(line!);
    expect(req.url).toBe(
      '/api/v1/products?access_token=[redacted]&token=[redacted]&password=[redacted]&api_key=[redacted]' +
        '&id_token=[redacted]&limit=5',
    );
    expect(server.output.filter((candidate) => secrets.some((secret) => candidate.includes(secret)))).toEqual([]);
  });

  it('answers headers too large (431) as problem+json', async () => {
    const request = `GET /api/v1/products HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`;
    expectRawProblem(await rawRequest(port, request), 431);
  });

  it('answers a URL too long for the header limit (431) as problem+json', async () => {
    const request = `GET /api/v1/search?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;
    expectRawProblem(await rawRequest(port, request), 431);
  });

  it('answers a path segment too long (414) as problem+json', async () => {
    const request = `GET /api/v1/products/${'a'.repeat(200)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;
    expectRawProblem(await rawRequest(port, request), 414);
  });

  it('answers a body announced too large (413) as problem+json', async () => {
    const request =
      'POST /api/v1/products HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
      'Content-Length: 100000\r\nConnection: close\r\n\r\n{}';
    expectRawProblem(await rawRequest(port, request), 413);
  });

  it('answers a malformed request line (400) as problem+json', async () => {
    expectRawProblem(await rawRequest(port, 'GARBAGE\r\n\r\n'), 400);
  });
});
