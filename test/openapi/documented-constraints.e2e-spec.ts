import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { OpenApiContract, WireRequest, WireResponse } from '../support/openapi-contract';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { allowedOf, RequestCase, violationsOf } from './request-cases';

/**
 * Rules the document can only state in prose (OpenAPI 3.0 has no way to say them), so a request
 * the schemas allow may still be refused for them; each is in the description of its parameter.
 */
const PROSE_RULES: Array<{ operation?: string; input: string; value?: unknown; field: string; rule: string }> = [
  {
    input: 'query cursor',
    field: 'cursor',
    rule: 'a cursor is the nextCursor of a previous page; its content is opaque',
  },
  {
    operation: 'GET /api/v1/search',
    input: 'query sort',
    value: 'relevance',
    field: 'sort',
    rule: 'relevance needs q',
  },
];

const proseRule = (operation: string, input: string, value: unknown) =>
  PROSE_RULES.find(
    (rule) =>
      (rule.operation === undefined || rule.operation === operation) &&
      rule.input === input &&
      (rule.value === undefined || rule.value === value),
  );

const firstErrorField = (body: string): unknown => {
  try {
    return JSON.parse(body).errors?.[0]?.field;
  } catch {
    return undefined;
  }
};

interface Exchange {
  request: WireRequest;
  response: WireResponse;
}

describe('every request constraint in openapi.json, against the service', () => {
  const contract = OpenApiContract.committed();
  let app: TestApp;
  let adminToken: string;
  let productId: string;
  let reviewId: string;

  beforeAll(async () => {
    app = await startTestApp();
    adminToken = await tokenFor('contract-admin', { admin: true });
    const created = await app.api.post(
      '/api/v1/products',
      {
        sku: `CONTRACT-${Date.now()}`,
        name: 'Contract lamp',
        description: 'The product every case points at',
        price: { amount: 1299, currency: 'EUR' },
        initialStock: 1000,
      },
      { token: adminToken },
    );
    productId = created.body.id;
    const review = await eventually(
      () =>
        app.api.post(
          `/api/v1/products/${productId}/reviews`,
          { title: 'Bright', body: 'Lights the desk' },
          { token: adminToken },
        ),
      (response) => response.status === 201,
      { what: 'reviews to know the product' },
    );
    reviewId = review.body.id;
  });
  afterAll(() => app?.close());

  /** A valid request to an operation: real ids (a fresh one for deletions), required parameters, the body example. */
  function baseline(method: string, template: string, spec: Record<string, any>): RequestCase {
    const path: Record<string, string> = {};
    for (const parameter of spec.parameters ?? []) {
      if (parameter.in !== 'path') continue;
      path[parameter.name] =
        method === 'delete'
          ? randomUUID()
          : template.startsWith('/api/v1/reviews/')
            ? reviewId
            : template.includes('dead-letters')
              ? '1'
              : productId;
    }
    const query = Object.fromEntries(
      (spec.parameters ?? [])
        .filter((parameter: any) => parameter.in === 'query' && parameter.required)
        .map((parameter: any) => [parameter.name, String(parameter.schema.example)]),
    );
    const body = spec.requestBody?.content?.['application/json']?.example;
    return { operation: `${method.toUpperCase()} ${template}`, method, template, path, query, headers: {}, body };
  }

  /** Sends a case; a review is written by a new customer each time, so that none is a duplicate. */
  async function send(request: RequestCase): Promise<Exchange> {
    const path = request.template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(request.path[name]));
    const search = new URLSearchParams(request.query).toString();
    const url = `${path}${search ? `?${search}` : ''}`;
    const headers = new Headers(request.headers);
    const writesReview = request.operation === 'POST /api/v1/products/{id}/reviews';
    if (!request.anonymous) {
      headers.set('authorization', `Bearer ${writesReview ? await tokenFor(`reviewer-${randomUUID()}`) : adminToken}`);
    }
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    if (body !== undefined) headers.set('content-type', 'application/json');
    const abort = new AbortController();
    const method = request.method.toUpperCase();
    const response = await fetch(`${app.baseUrl}${url}`, { method, headers, body, signal: abort.signal });
    // An event stream never ends: its status and headers are what there is to check.
    const streaming = response.headers.get('content-type')?.startsWith('text/event-stream');
    if (streaming) abort.abort();
    const text = streaming ? '' : await response.text();
    return {
      request: { method, url, headers, body },
      response: { status: response.status, headers: response.headers, body: text },
    };
  }

  const operations = () => contract.operations.map(({ method, template, spec }) => ({ method, template, spec }));

  it('refuses each one, in the document and in the service, with one error naming the field', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { method, template, spec } of operations()) {
      const valid = baseline(method, template, spec);
      expect({ operation: valid.operation, violations: contract.checkRequest((await send(valid)).request) }).toEqual({
        operation: valid.operation,
        violations: [],
      });
      for (const { constraint, field, request } of violationsOf(contract.document, spec, valid)) {
        checked++;
        const { request: wire, response } = await send(request);
        const problem = (() => {
          try {
            return JSON.parse(response.body);
          } catch {
            return undefined;
          }
        })();
        const errors: Array<{ field: string; message: string }> = problem?.errors ?? [];
        const wrong = [
          ...(contract.checkRequest(wire).length === 0 ? ['the document allows it'] : []),
          ...(response.status !== 400 ? [`the service answered ${response.status}`] : []),
          ...(errors.length !== 1 || errors[0].field !== field ? [`errors ${JSON.stringify(errors)}`] : []),
          ...contract.checkResponse(wire, response),
        ];
        if (constraint.endsWith(': required') && errors[0]?.message !== `${field} is required`) {
          wrong.push(`message "${errors[0]?.message}"`);
        }
        if (constraint.endsWith(': type integer') && errors[0]?.message !== `${field} must be an integer`) {
          wrong.push(`message "${errors[0]?.message}"`);
        }
        if (wrong.length > 0) failures.push(`${valid.operation} ${constraint} (${field}): ${wrong.join('; ')}`);
      }
    }
    console.log(`${checked} documented request constraints broken, one request each`);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('refuses a request without a token to every operation that documents a bearer requirement', async () => {
    const failures: string[] = [];
    const secured = operations().filter(({ spec }) => (spec.security ?? []).length > 0);
    for (const { method, template, spec } of secured) {
      const { request, response } = await send({ ...baseline(method, template, spec), anonymous: true });
      const wrong = [
        ...(contract.checkRequest(request).length === 0 ? ['the document allows it'] : []),
        ...(response.status !== 401 ? [`the service answered ${response.status}`] : []),
        ...contract.checkResponse(request, response),
      ];
      if (wrong.length > 0) failures.push(`${method.toUpperCase()} ${template}: ${wrong.join('; ')}`);
    }
    expect(failures).toEqual([]);
    expect(secured.length).toBeGreaterThan(10);
  });

  it('accepts what the document allows, at the edges of every rule, and answers as documented', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { method, template, spec } of operations()) {
      const valid = baseline(method, template, spec);
      for (const { input, value, request } of allowedOf(contract.document, spec, valid, 14)) {
        const prose = proseRule(valid.operation, input, value);
        const { request: wire, response } = await send(request);
        if (contract.checkRequest(wire).length > 0) continue; // generated beyond the document: not a case
        checked++;
        // What breaks a rule stated only in prose is refused all the same, naming the field.
        const answered = prose
          ? response.status === 400 && firstErrorField(response.body) === prose.field
          : response.status !== 400 && response.status < 500;
        const wrong = [
          ...(answered ? [] : [`the service answered ${response.status} ${response.body}`]),
          ...contract.checkResponse(wire, response),
        ];
        if (wrong.length > 0)
          failures.push(`${valid.operation} ${input} = ${JSON.stringify(value)}: ${wrong.join('; ')}`);
      }
    }
    console.log(`${checked} requests the document allows, each answered as documented`);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('the contract checker the end-to-end suites use', () => {
  const contract = OpenApiContract.committed();
  const product = {
    id: '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10',
    sku: 'LAMP-1',
    name: 'Lamp',
    description: '',
    price: { amount: 1299, currency: 'EUR' },
    categories: [],
    version: 1,
    rating: { average: 0, count: 0 },
    availability: { inStock: true, available: 1 },
    createdAt: '2026-01-15T09:30:00.000Z',
    updatedAt: '2026-01-15T09:30:00.000Z',
  };
  const request = { method: 'GET', url: `/api/v1/products/${product.id}` };
  const headers = (extra: Record<string, string> = {}) =>
    new Headers({ 'content-type': 'application/json', 'x-correlation-id': 'c-1', etag: '"1"', ...extra });
  const check = (status: number, body: unknown, responseHeaders = headers()) =>
    contract.checkResponse(request, { status, headers: responseHeaders, body: JSON.stringify(body) });

  it('accepts a response exactly as documented', () => {
    expect(check(200, product)).toEqual([]);
  });

  it('names what a response does beyond or against the document', () => {
    expect(check(200, { ...product, secret: 1 })).toEqual([
      expect.stringContaining('must NOT have additional properties'),
    ]);
    expect(check(200, { ...product, version: 1.5 })).toEqual([expect.stringContaining('/version must be integer')]);
    expect(check(200, product, headers({ 'x-debug': 'on' }))).toEqual([
      expect.stringContaining('undocumented header x-debug'),
    ]);
    expect(check(200, product, new Headers({ 'content-type': 'application/json', 'x-correlation-id': 'c-1' }))).toEqual(
      [expect.stringContaining('lacks the required header etag')],
    );
    expect(check(418, product)).toEqual([expect.stringContaining('status 418 is not documented')]);
  });

  it('names what a request does against the document', () => {
    const violations = contract.checkRequest({
      method: 'GET',
      url: '/api/v1/search?limit=500&colour=red',
      headers: new Headers(),
    });
    expect(violations).toEqual([
      expect.stringContaining('query parameter limit must be <= 50'),
      expect.stringContaining('query parameter colour is not documented'),
    ]);
  });
});
