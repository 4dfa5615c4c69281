import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BenchDatabase } from '../lib/database';
import { assertHealthy, runLoad } from '../lib/load';
import { percentile } from '../lib/percentiles';
import { Measurement } from '../lib/report';
import { ADJECTIVES, MATERIALS, NOUNS, categoriesOf, pick, random, sentence } from '../lib/text';
import { LoadSettings } from './read';

export const SEARCH_CONNECTIONS = 4;

/**
 * The mix of searches a shop front end sends: words, phrases, typos, filters, browsing by rating and
 * recency, and a department's page (every answer carries its facets).
 */
export const SEARCH_QUERIES = [
  'q=backpack',
  'q=leather%20backpack',
  'q=bakpack',
  'q=wireless%20headphones&minRating=4',
  'q=kettle&inStock=true&sort=rating',
  'q=quiet%20battery',
  'sort=newest',
  'sort=rating&minRating=3&inStock=true',
  'q=warranty%20returned&sort=newest',
  'q=ergonomic%20oak%20desk&limit=50',
  'category=kitchen&sort=rating',
  'q=lamp&category=lighting&category=gifts',
];

/**
 * Fills the search module's read model directly with SQL (seconds instead of minutes of event handling):
 * `products` documents (categories from their names, see `categoriesOf`) and `reviews` reviews spread
 * over them, then each document's review text built with the same aggregate the module's projection uses.
 */
export async function seedSearchIndex(db: BenchDatabase, products: number, reviews: number): Promise<void> {
  const next = random(42);
  await db.query(`TRUNCATE search.documents, search.reviews`);
  const productIds = Array.from({ length: products }, () => randomUUID());
  for (let start = 0; start < products; start += 2000) {
    const ids = productIds.slice(start, start + 2000);
    const names = ids.map(() => `${pick(next, ADJECTIVES)} ${pick(next, MATERIALS)} ${pick(next, NOUNS)}`);
    await db.query(
      `INSERT INTO search.documents (product_id, name, description, product_version, created_at, rating_average,
                                     rating_count, rating_version, available, in_stock, stock_version, categories)
       SELECT id, name, description, 1, now() - (n || ' minutes')::interval, rating, ratings, 1, stock, stock > 0, 1,
              string_to_array(categories, ',')
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::numeric[], $5::int[], $6::int[], $7::text[])
            WITH ORDINALITY AS seeded(id, name, description, rating, ratings, stock, categories, n)`,
      [
        ids,
        names,
        ids.map(() => sentence(next, 12 + Math.floor(next() * 10))),
        ids.map(() => Math.round((1 + next() * 4) * 100) / 100),
        ids.map(() => Math.floor(next() * 200)),
        ids.map(() => (next() < 0.8 ? 1 + Math.floor(next() * 50) : 0)),
        names.map((name) => categoriesOf(name).join(',')),
      ],
    );
  }
  for (let start = 0; start < reviews; start += 5000) {
    const count = Math.min(5000, reviews - start);
    await db.query(
      `INSERT INTO search.reviews (review_id, product_id, title, body, version)
       SELECT gen_random_uuid(), product_id, title, body, 1
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS seeded(product_id, title, body)`,
      [
        Array.from({ length: count }, () => productIds[Math.floor(next() * products)]),
        Array.from({ length: count }, () => sentence(next, 3 + Math.floor(next() * 3))),
        Array.from({ length: count }, () => sentence(next, 15 + Math.floor(next() * 20))),
      ],
    );
  }
  await db.query(`
    UPDATE search.documents d SET review_text = coalesce((
      SELECT left(string_agg(r.title || E'\\n' || r.body, E'\\n' ORDER BY r.review_id DESC), 100000)
      FROM search.reviews r WHERE r.product_id = d.product_id AND NOT r.deleted), '')`);
  await db.query(`VACUUM ANALYZE search.documents`);
  await db.query(`VACUUM ANALYZE search.reviews`);
}

/** Each query alone, five times in a row: its median latency and hit count, to tell which ones cost. */
export async function profileSearchQueries(baseUrl: string): Promise<string[]> {
  const lines: string[] = [];
  for (const query of SEARCH_QUERIES) {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < 5; run++) {
      const startedAt = performance.now();
      const response = await fetch(`${baseUrl}/api/v1/search?${query}`);
      total = ((await response.json()) as { total: number }).total;
      times.push(performance.now() - startedAt);
    }
    lines.push(`${decodeURIComponent(query)}: ${percentile(times, 0.5)!.toFixed(0)} ms alone, ${total} hits`);
  }
  return lines;
}

/** `GET /api/v1/search` cycling through {@link SEARCH_QUERIES} on a few connections. */
export async function measureSearch(baseUrl: string, settings: LoadSettings): Promise<Measurement> {
  let next = 0;
  const request = () => ({ path: `/api/v1/search?${SEARCH_QUERIES[next++ % SEARCH_QUERIES.length]}` });
  await runLoad({ url: baseUrl, connections: SEARCH_CONNECTIONS, durationS: settings.warmupS, next: request });
  const result = await runLoad({
    url: baseUrl,
    connections: SEARCH_CONNECTIONS,
    durationS: settings.durationS,
    next: request,
  });
  assertHealthy('search', result);
  return {
    subject: 'GET /api/v1/search (mixed)',
    throughput: result.throughput,
    unit: 'req/s',
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
  };
}
