import { SeedFailures, describeResponse } from './seed-failures';

describe('SeedFailures', () => {
  it('groups failed requests by request and status, most frequent first, with the first reason given', () => {
    const failures = new SeedFailures();
    const conflict = { status: 409, body: { title: 'Conflict', detail: 'a product with SKU LAMP-1 exists' } };
    failures.record('POST /api/v1/products', conflict);
    failures.record('POST /api/v1/products/{id}/reviews', { status: 503, body: { title: 'Service Unavailable' } });
    failures.record('POST /api/v1/products', { status: 409, body: { title: 'Conflict', detail: 'another SKU' } });
    expect(failures.count).toBe(3);
    expect(failures.lines()).toEqual([
      '  2 × POST /api/v1/products → 409 Conflict: a product with SKU LAMP-1 exists',
      '  1 × POST /api/v1/products/{id}/reviews → 503 Service Unavailable',
    ]);
  });

  it('describes a response without a problem body by its status alone', () => {
    expect(describeResponse({ status: 502, body: undefined })).toBe('502');
    expect(describeResponse({ status: 401, body: { title: 'Unauthorized', detail: 'Unauthorized' } })).toBe(
      '401 Unauthorized',
    );
  });
});
