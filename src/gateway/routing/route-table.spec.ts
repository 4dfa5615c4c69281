import { RouteTable } from './route-table';

const table = new RouteTable([
  {
    module: 'catalog',
    paths: {
      '/api/v1/products': ['get', 'post'],
      '/api/v1/products/{id}': ['get', 'patch', 'delete'],
      '/api/v1/products/{id}/timeline': ['get'],
      '/api/v1/events': ['get'],
    },
  },
  {
    module: 'reviews',
    paths: {
      '/api/v1/products/{id}/reviews': ['get', 'post'],
      '/api/v1/reviews/{id}': ['get', 'patch', 'delete'],
      '/api/v1/events': ['get'],
    },
  },
  { module: 'rating', paths: { '/api/v1/products/{productId}/ratings/me': ['put', 'delete'] } },
  { module: 'search', paths: { '/api/v1/products/search': ['get'], '/api/v1/search': ['get'] } },
  { module: 'inventory', paths: { '/api/v1/files/{name}.json': ['get'] } },
]);

describe('RouteTable', () => {
  it('sends a path to the module whose template has the same shape', () => {
    expect(table.resolve('GET', '/api/v1/products/42')).toBe('catalog');
    expect(table.resolve('POST', '/api/v1/products/42/reviews')).toBe('reviews');
    expect(table.resolve('PUT', '/api/v1/products/42/ratings/me')).toBe('rating');
    expect(table.resolve('GET', '/api/v1/reviews/7')).toBe('reviews');
  });

  it('ignores the query string', () => {
    expect(table.resolve('GET', '/api/v1/products?limit=5&cursor=abc')).toBe('catalog');
    expect(table.resolve('GET', '/api/v1/search?q=shoe')).toBe('search');
  });

  it('prefers a literal segment over a parameter at the same position', () => {
    expect(table.resolve('GET', '/api/v1/products/search')).toBe('search');
    expect(table.resolve('GET', '/api/v1/products/searching')).toBe('catalog');
  });

  it('matches parameters embedded in a segment', () => {
    expect(table.resolve('GET', '/api/v1/files/report.json')).toBe('inventory');
    expect(table.resolve('GET', '/api/v1/files/report.xml')).toBeUndefined();
  });

  it('finds nothing for paths no template declares, nor for an empty parameter', () => {
    expect(table.resolve('GET', '/api/v1/nothing-here')).toBeUndefined();
    expect(table.resolve('GET', '/api/v1/products/42/reviews/extra')).toBeUndefined();
    expect(table.resolve('GET', '/api/v1/products//reviews')).toBeUndefined();
  });

  it('gives a template declared by several modules to the one declaring the method, else the first', () => {
    const shared = new RouteTable([
      { module: 'catalog', paths: { '/api/v1/things/{id}': ['get'] } },
      { module: 'reviews', paths: { '/api/v1/things/{id}': ['delete'] } },
    ]);
    expect(shared.resolve('DELETE', '/api/v1/things/1')).toBe('reviews');
    expect(shared.resolve('HEAD', '/api/v1/things/1')).toBe('catalog');
    expect(shared.resolve('PATCH', '/api/v1/things/1')).toBe('catalog');
    expect(table.resolve('GET', '/api/v1/events')).toBe('catalog');
  });
});
