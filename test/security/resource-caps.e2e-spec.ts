import { startTestApp, TestApp } from '../support/test-app';
import { callers, Callers, expectProblem, productBody, readyProduct } from './support/fixtures';
import {
  fillPath,
  liveDocument,
  OpenApiDocument,
  Operation,
  operationName,
  operationsOf,
  parameters,
} from './support/openapi';
import { isProblem, probe } from './support/probe';

const BODY_LIMIT = 64 * 1024;

describe('resource caps', () => {
  let app: TestApp;
  let who: Callers;
  let document: OpenApiDocument;
  let productId: string;

  beforeAll(async () => {
    app = await startTestApp();
    who = await callers();
    document = await liveDocument(app.baseUrl);
    productId = await readyProduct(app, who.admin);
  });
  afterAll(() => app?.close());

  const listOperations = () =>
    operationsOf(document).filter(
      (operation) =>
        operation.method === 'get' && parameters(operation, 'query').some((parameter) => parameter.name === 'limit'),
    );

  /** The list with `limit`, and every other required query parameter at its first documented value. */
  const list = (operation: Operation, limit: string) => {
    const path = fillPath(operation.path, { id: productId, productId });
    const query = new URLSearchParams({ limit });
    for (const parameter of parameters(operation, 'query')) {
      if (!parameter.required || parameter.name === 'limit') continue;
      const value = parameter.schema.enum?.[0] ?? parameter.schema.example ?? parameter.schema.default;
      query.set(parameter.name, String(value));
    }
    return probe(app.baseUrl, { method: 'GET', path: `${path}?${query}`, token: who.admin });
  };

  it('finds the paged lists of the contract in the live document', () => {
    expect(listOperations().map(operationName)).toEqual(
      expect.arrayContaining([
        'GET /api/v1/products',
        'GET /api/v1/products/{id}/reviews',
        'GET /api/v1/search',
        'GET /api/v1/events',
      ]),
    );
  });

  it('caps limit on every list: a documented maximum of at most 1000, and 400 above it or below 1', async () => {
    for (const operation of listOperations()) {
      const schema = parameters(operation, 'query').find((parameter) => parameter.name === 'limit')!.schema;
      const name = operationName(operation);
      expect({ name, maximum: typeof schema.maximum === 'number' && schema.maximum <= 1000 }).toEqual({
        name,
        maximum: true,
      });
      expect({ name, status: (await list(operation, String(schema.maximum))).status }).toEqual({ name, status: 200 });
      for (const limit of [String(schema.maximum + 1), '0', '-1', '1e9', '99999999999999999999']) {
        const response = await list(operation, limit);
        expect({ name, limit, status: response.status, problem: isProblem(response) }).toEqual({
          name,
          limit,
          status: 400,
          problem: true,
        });
        expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('limit');
      }
    }
  });

  it('caps the search query at 200 characters', async () => {
    expect((await app.api.get(`/api/v1/search?q=${'a'.repeat(200)}`)).status).toBe(200);
    const body = expectProblem(await app.api.get(`/api/v1/search?q=${'a'.repeat(201)}`), 400);
    expect(body.errors[0].field).toBe('q');
  });

  it('caps cursors at 512 characters', async () => {
    expectProblem(await app.api.get(`/api/v1/products?cursor=${'a'.repeat(513)}`), 400);
  });

  it('refuses a body over HTTP_BODY_LIMIT_BYTES with 413 before touching it', async () => {
    const oversized = JSON.stringify(productBody({ description: 'x'.repeat(BODY_LIMIT) }));
    expectProblem(await app.api.post('/api/v1/products', undefined, { token: who.admin, raw: oversized }), 413);
    const justUnder = JSON.stringify({ ...productBody(), padding: 'x'.repeat(BODY_LIMIT - 500) });
    expectProblem(await app.api.post('/api/v1/products', undefined, { token: who.admin, raw: justUnder }), 400);
  });

  it('refuses a body nested deeper than 32 levels with 400, however deep', async () => {
    const patch = (raw: string) => app.api.patch(`/api/v1/products/${productId}`, undefined, { token: who.admin, raw });
    const nested = (depth: number) => `{"nested":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    for (const depth of [32, 5_000])
      expect(expectProblem(await patch(nested(depth)), 400).detail).toMatch(/nests deeper/);
    expect(expectProblem(await patch(nested(30)), 400).errors[0].field).toBe('nested');
  });

  it('caps text fields below the body limit', async () => {
    const body = expectProblem(
      await app.api.post(
        `/api/v1/products/${productId}/reviews`,
        { title: 't', body: 'b'.repeat(5001) },
        { token: who.alice },
      ),
      400,
    );
    expect(body.errors[0].field).toBe('body');
  });
});
