import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';
import { callers, Callers, stateCounts } from './support/fixtures';
import {
  deref,
  fillPath,
  liveDocument,
  OpenApiDocument,
  Operation,
  operationName,
  operationsOf,
  parameters,
  requestSchema,
  responseSchema,
  Schema,
  validValue,
} from './support/openapi';
import { probe } from './support/probe';

/** Fields only the server sets, whatever the response of a given operation shows. */
const SERVER_OWNED = [
  'id',
  'version',
  'authorId',
  'userId',
  'customerId',
  'productId',
  'reservationId',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'views',
  'rating',
  'average',
  'count',
  'histogram',
  'available',
  'onHand',
  'reserved',
  'availability',
  'inStock',
  'isAdmin',
  'roles',
];

interface Injection {
  operation: Operation;
  /** Dotted path of the injected field, as the 400 names it. */
  field: string;
  body: Record<string, unknown>;
}

/** Every server-owned or response-only field, injected into a valid body of every write, at the top and one level down. */
function injections(document: OpenApiDocument): Injection[] {
  return operationsOf(document).flatMap((operation) => {
    const schema = requestSchema(document, operation);
    if (schema === undefined) return [];
    const accepted = new Set(Object.keys(schema.properties ?? {}));
    const shown = Object.keys(responseSchema(document, operation)?.properties ?? {});
    const foreign = [...new Set([...SERVER_OWNED, ...shown])].filter((name) => !accepted.has(name));
    const base = validValue(document, schema) as Record<string, unknown>;
    const top = foreign.map((name) => ({ operation, field: name, body: { ...base, [name]: 7 } }));
    const nested = Object.entries<Schema>(schema.properties ?? {})
      .filter(([, property]) => deref(document, property).type === 'object')
      .flatMap(([parent, property]) => {
        const inner = deref(document, property);
        const value = validValue(document, inner) as Record<string, unknown>;
        return ['id', 'version']
          .filter((name) => !(name in (inner.properties ?? {})))
          .map((name) => ({
            operation,
            field: `${parent}.${name}`,
            body: { ...base, [parent]: { ...value, [name]: 7 } },
          }));
      });
    return [...top, ...nested];
  });
}

describe('property injection on every write endpoint', () => {
  let app: TestApp;
  let who: Callers;
  let document: OpenApiDocument;

  beforeAll(async () => {
    app = await startTestApp();
    who = await callers();
    document = await liveDocument(app.baseUrl);
  });
  afterAll(() => app?.close());

  it('refuses every server-owned field with a 400 naming exactly that field, and changes nothing', async () => {
    const cases = injections(document);
    const operations = new Set(cases.map((injection) => operationName(injection.operation)));
    expect([...operations].sort()).toEqual(
      expect.arrayContaining([
        'PATCH /api/v1/products/{id}',
        'PATCH /api/v1/reviews/{id}',
        'POST /api/v1/inventory/{productId}/reservations',
        'POST /api/v1/inventory/{productId}/restock',
        'POST /api/v1/products',
        'POST /api/v1/products/{id}/reviews',
        'PUT /api/v1/products/{id}/ratings/me',
      ]),
    );
    const before = await stateCounts(app);
    const failures: string[] = [];
    for (const { operation, field, body } of cases) {
      const ids = Object.fromEntries(parameters(operation, 'path').map((parameter) => [parameter.name, randomUUID()]));
      const response = await probe(app.baseUrl, {
        method: operation.method.toUpperCase(),
        path: fillPath(operation.path, ids),
        token: who.admin,
        body,
      });
      const named = (response.body?.errors ?? []).map((error: { field: string }) => error.field);
      if (response.status !== 400 || named.length !== 1 || named[0] !== field) {
        failures.push(`${operationName(operation)} with ${field}: ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThan(50);
    expect(await stateCounts(app)).toEqual(before);
  });
});
