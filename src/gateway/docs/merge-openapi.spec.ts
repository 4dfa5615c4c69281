import type { OpenAPIObject } from '@nestjs/swagger';
import { mergeOpenApiDocuments } from './merge-openapi';

const base = { openapi: '3.0.0', info: { title: 'API', version: '1' }, servers: [{ url: '/' }] };
const isApi = (path: string) => path.startsWith('/api/v1/');

function document(parts: Partial<OpenAPIObject>): OpenAPIObject {
  return { ...base, paths: {}, ...parts } as OpenAPIObject;
}

const problem = { type: 'object', properties: { status: { type: 'number' } } };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const okWith = (schema: object) => ({
  responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
});

describe('mergeOpenApiDocuments', () => {
  const catalog = document({
    paths: {
      '/api/v1/products': { get: okWith(ref('ProductResponse')) },
      '/health/ready': { get: okWith({}) },
    },
    components: {
      schemas: {
        ProductResponse: { type: 'object', properties: { sku: { type: 'string' } } },
        ProblemDetailsDto: problem,
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    tags: [{ name: 'products' }],
    security: [{ bearer: [] }],
  });
  const search = document({
    paths: { '/api/v1/search': { get: okWith(ref('SearchPage')) } },
    components: {
      schemas: {
        ProductResponse: { type: 'object', properties: { score: { type: 'number' } } },
        SearchPage: { type: 'object', properties: { items: { type: 'array', items: ref('ProductResponse') } } },
        ProblemDetailsDto: { properties: { status: { type: 'number' } }, type: 'object' },
      },
    },
    tags: [{ name: 'search' }, { name: 'products' }],
  });
  const merged = mergeOpenApiDocuments(
    base,
    [
      { module: 'catalog', document: catalog },
      { module: 'search', document: search },
    ],
    isApi,
  );

  it('keeps the API paths of every upstream and drops the others', () => {
    expect(Object.keys(merged.paths).sort()).toEqual(['/api/v1/products', '/api/v1/search']);
    expect(merged.info).toEqual(base.info);
  });

  it('merges identical components once and renames clashing ones with every reference to them', () => {
    const schemas = merged.components!.schemas!;
    expect(Object.keys(schemas).sort()).toEqual([
      'ProblemDetailsDto',
      'ProductResponse',
      'SearchPage',
      'search.ProductResponse',
    ]);
    expect(schemas['search.ProductResponse']).toEqual(search.components!.schemas!.ProductResponse);
    expect(schemas.SearchPage).toEqual({
      type: 'object',
      properties: { items: { type: 'array', items: ref('search.ProductResponse') } },
    });
    expect(merged.paths['/api/v1/products'].get).toEqual(okWith(ref('ProductResponse')));
  });

  it('unites tags and keeps security schemes and requirements', () => {
    expect(merged.tags!.map((tag) => tag.name)).toEqual(['products', 'search']);
    expect(merged.components!.securitySchemes).toEqual({ bearer: { type: 'http', scheme: 'bearer' } });
    expect(merged.security).toEqual([{ bearer: [] }]);
  });

  it('keeps the first operation when two upstreams declare the same one, and adds the other methods', () => {
    const first = document({ paths: { '/api/v1/events': { get: okWith({ type: 'string' }) } } });
    const second = document({ paths: { '/api/v1/events': { get: okWith({ type: 'number' }), post: okWith({}) } } });
    const both = mergeOpenApiDocuments(
      base,
      [
        { module: 'catalog', document: first },
        { module: 'reviews', document: second },
      ],
      isApi,
    );
    expect(both.paths['/api/v1/events']).toEqual({ get: okWith({ type: 'string' }), post: okWith({}) });
  });
});
