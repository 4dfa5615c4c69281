import fc from 'fast-check';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_JWT_SECRET, tokenFor } from '../support/tokens';
import { callers, Callers, readyProduct, settledCounts, stateCounts } from './support/fixtures';
import { Caller, FuzzRequest, fuzzRequests, RealIds } from './support/fuzz-requests';
import { hs256Token, now } from './support/jwt-forge';
import { liveDocument, OpenApiDocument, operationName, operationsOf } from './support/openapi';
import { isProblem, probe } from './support/probe';

const RUNS = 2_000;

/** A problem lists 20 field errors at most and echoes no more of the request than its path. */
const MAX_PROBLEM_SIZE = 4096;

/** Statuses only a request that passed authentication can get. */
const PAST_AUTHENTICATION = (status: number) => status < 400 || [403, 409, 412, 422].includes(status);

/** A correctly signed admin token that departs from the rules in one way, so it must be refused. */
const forged = (claims: Record<string, unknown>, header: Record<string, unknown> = { typ: 'JWT' }) =>
  hs256Token(
    header,
    { sub: 'fuzz-admin', roles: ['admin'], iat: now(), exp: now() + 3600, ...claims },
    TEST_JWT_SECRET,
  );

describe('fuzzing every operation of the live OpenAPI document', () => {
  let app: TestApp;
  let document: OpenApiDocument;
  let realIds: RealIds;
  let tokens: Record<Caller, string | undefined>;

  beforeAll(async () => {
    app = await startTestApp();
    const who: Callers = await callers();
    document = await liveDocument(app.baseUrl);
    const productId = await readyProduct(app, who.admin);
    const review = await app.api.post(
      `/api/v1/products/${productId}/reviews`,
      { title: 'Fuzz target', body: 'Exists so requests reach past 404.' },
      { token: who.alice },
    );
    realIds = { id: [productId, review.body.id], productId: [productId] };
    tokens = {
      anonymous: undefined,
      admin: who.admin,
      // Owns nothing, so even a request that reached a real resource could not change it.
      customer: await tokenFor('fuzz-customer'),
      garbage: 'not-a-token',
      expired: who.expired,
      'no-exp': forged({ exp: undefined }),
      eternal: forged({ exp: 1e300 }),
      'issued-in-future': forged({ iat: now() + 365 * 86_400 }),
      'refresh-token': forged({}, { typ: 'refresh+jwt' }),
      'bad-subject': forged({ sub: 'fuzz\u202enimda' }),
    };
  });
  afterAll(() => app?.close());

  it(`answers ${RUNS} malformed and boundary requests without a 5xx, always with a small problem+json, changing nothing`, async () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThanOrEqual(15);
    const before = await settledCounts(app);
    const seen = new Map<string, number>();
    const statuses = new Set<number>();
    const accidentallyValid: string[] = [];
    const failures: string[] = [];
    const describeRequest = (request: FuzzRequest) =>
      JSON.stringify({
        ...request,
        raw: request.raw?.slice(0, 200),
        body: JSON.stringify(request.body)?.slice(0, 200),
      });

    const run = await fc.check(
      fc.asyncProperty(
        fc.constantFrom(...operations).chain((operation) => fuzzRequests(document, operation, realIds)),
        async (request) => {
          const response = await probe(app.baseUrl, {
            method: request.method,
            path: request.path,
            token: tokens[request.caller],
            headers: request.headers,
            body: request.body,
            raw: request.raw,
          });
          seen.set(request.operation, (seen.get(request.operation) ?? 0) + 1);
          statuses.add(response.status);
          const problems: string[] = [];
          if (response.status >= 500) problems.push(`answered ${response.status}`);
          if (response.status >= 400 && !isProblem(response)) problems.push('error is not problem+json');
          if (response.status >= 400 && isProblem(response)) {
            if ((response.body.errors?.length ?? 0) > 20) problems.push(`${response.body.errors.length} field errors`);
            const size = JSON.stringify(response.body).length;
            if (size > MAX_PROBLEM_SIZE + request.path.length) problems.push(`a problem of ${size} characters`);
          }
          if (request.unauthenticated && PAST_AUTHENTICATION(response.status)) {
            problems.push(`a caller without an acceptable token got ${response.status}`);
          }
          if (request.method !== 'GET' && response.status < 400) {
            if (request.refusalGuaranteed) problems.push(`a malformed write got ${response.status}`);
            else accidentallyValid.push(request.operation);
          }
          if (problems.length > 0) {
            failures.push(
              `${problems.join(', ')}: ${describeRequest(request)} -> ${JSON.stringify(response.body)?.slice(0, 300)}`,
            );
          }
          return problems.length === 0;
        },
      ),
      { numRuns: RUNS, interruptAfterTimeLimit: 50_000, markInterruptAsFailure: true, endOnFailure: true },
    );
    // fast-check's own report prints whole bodies (megabytes of nesting); this names the case and the seed.
    expect({
      failed: run.failed,
      interrupted: run.interrupted,
      seed: run.seed,
      failures: failures.slice(0, 5),
    }).toEqual({
      failed: false,
      interrupted: false,
      seed: run.seed,
      failures: [],
    });
    expect(run.numRuns).toBe(RUNS);

    expect(operations.map(operationName).filter((name) => !seen.has(name))).toEqual([]);
    // Past authentication, validation and routing alike: a fuzzer stuck at one layer proves little.
    expect([...statuses]).toEqual(expect.arrayContaining([200, 400, 401, 403, 404, 414, 415]));
    // Only bodiless, pathless writes can be valid by chance; on this app they have nothing to act on.
    expect(accidentallyValid.filter((name) => name.includes('{'))).toEqual([]);
    expect(await stateCounts(app)).toEqual(before);
  });
});
