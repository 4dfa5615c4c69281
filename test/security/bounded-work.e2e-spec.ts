import { expectProblem, productBody, shopForThisFile } from './support/fixtures';

/** The most an error response may weigh: a problem names what is wrong, it does not echo the request. */
const SMALL = 2048;

/** A valid product plus `count` unknown keys, named short enough for 7,400 to fit the 64 KiB body limit. */
const withUnknownKeys = (count: number) => ({
  ...productBody(),
  ...Object.fromEntries(Array.from({ length: count }, (_, index) => [index.toString(36), 0])),
});

/** `count` distinct query parameters, named short enough to fit Node's 16 KiB request head. */
const manyParameters = (count: number) =>
  Array.from({ length: count }, (_, index) => `x${index.toString(36)}`).join('&');

describe('bounded work per request', () => {
  const shop = shopForThisFile();

  const createProduct = (body: unknown) => shop.app.api.post('/api/v1/products', body, { token: shop.who.admin });

  it('refuses a body of 7,400 unknown keys with a small 400 before validating them', async () => {
    const body = withUnknownKeys(7_400);
    expect(JSON.stringify(body).length).toBeGreaterThan(50_000);
    const response = await createProduct(body);
    const problem = expectProblem(response, 400);
    expect(problem.detail).toMatch(/more than \d+ keys/);
    expect(JSON.stringify(problem).length).toBeLessThan(SMALL);
  });

  it('counts keys at every depth, arrays included', async () => {
    const nested = { ...productBody(), price: { amount: 1, currency: 'EUR', extra: Array(400).fill(0) } };
    expect(expectProblem(await createProduct(nested), 400).detail).toMatch(/more than \d+ keys/);
  });

  it('lists at most 20 field errors and counts them all', async () => {
    const problem = expectProblem(await createProduct(withUnknownKeys(60)), 400);
    expect(problem.errors).toHaveLength(20);
    expect(problem.errorCount).toBe(60);
    expect(problem.detail).toMatch(/60 invalid fields/);
    expect(JSON.stringify(problem).length).toBeLessThan(SMALL * 2);
  });

  it('gives no count when every error is listed', async () => {
    const problem = expectProblem(await createProduct(withUnknownKeys(2)), 400);
    expect(problem.errors).toHaveLength(2);
    expect(problem.errorCount).toBeUndefined();
  });

  it('refuses an anonymous search with 2,600 query parameters with a small 400', async () => {
    const response = await shop.app.api.get(`/api/v1/search?q=lamp&${manyParameters(2_600)}`);
    const problem = expectProblem(response, 400);
    expect(problem.detail).toMatch(/more than \d+ query parameters/);
    expect(JSON.stringify(problem).length).toBeLessThan(SMALL);
  });

  it('still names each unknown query parameter of an ordinary request', async () => {
    const problem = expectProblem(await shop.app.api.get(`/api/v1/search?q=lamp&${manyParameters(3)}`), 400);
    expect(problem.errors.map((error: { field: string }) => error.field).sort()).toEqual(['x0', 'x1', 'x2']);
  });
});
