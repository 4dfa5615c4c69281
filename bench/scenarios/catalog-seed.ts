import { BenchDatabase, waitForCount } from '../lib/database';
import { postJson } from '../lib/http';
import { ServerProcess } from '../lib/processes';

/**
 * Creates `count` products through the API (so every module's projection knows them, as in real use)
 * and waits until the reviews module can take reviews for all of them.
 */
export async function seedProducts(
  app: Pick<ServerProcess, 'baseUrl'>,
  db: Pick<BenchDatabase, 'query'>,
  adminToken: string,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  const create = async (index: number) => {
    const product = {
      sku: `BENCH-${index}`,
      name: `Bench product ${index}`,
      description: 'A product created by the benchmark to be read and reviewed.',
      price: { amount: 1000 + index, currency: 'EUR' },
      initialStock: 100,
    };
    const response = await postJson<{ id: string }>(`${app.baseUrl}/api/v1/products`, JSON.stringify(product), {
      authorization: `Bearer ${adminToken}`,
    });
    if (response.status !== 201)
      throw new Error(`creating product ${index}: ${response.status} ${JSON.stringify(response.body)}`);
    ids.push(response.body.id);
  };
  const concurrency = 8;
  for (let start = 0; start < count; start += concurrency) {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, count - start) }, (_, offset) => create(start + offset)),
    );
  }
  await waitForCount(db, `SELECT count(*) FROM reviews.products`, count, 120000);
  return ids;
}
