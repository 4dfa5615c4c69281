"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEARCH_QUERIES = exports.SEARCH_CONNECTIONS = void 0;
exports.seedSearchIndex = seedSearchIndex;
exports.measureSearch = measureSearch;
const node_crypto_1 = require("node:crypto");
const load_1 = require("../lib/load");
const text_1 = require("../lib/text");
exports.SEARCH_CONNECTIONS = 4;
/** The mix of searches a shop front end sends: words, phrases, typos, filters, browsing by rating and recency. */
exports.SEARCH_QUERIES = [
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
];
/**
 * Fills the search module's read model directly with SQL (seconds instead of minutes of event handling):
 * `products` documents and `reviews` reviews spread over them, then each document's review text built
 * with the same aggregate the module's projection uses.
 */
async function seedSearchIndex(db, products, reviews) {
    const next = (0, text_1.random)(42);
    await db.query(`TRUNCATE search.documents, search.reviews`);
    const productIds = Array.from({ length: products }, () => (0, node_crypto_1.randomUUID)());
    for (let start = 0; start < products; start += 2000) {
        const ids = productIds.slice(start, start + 2000);
        await db.query(`INSERT INTO search.documents (product_id, name, description, product_version, created_at, rating_average,
                                     rating_count, rating_version, available, in_stock, stock_version)
       SELECT id, name, description, 1, now() - (n || ' minutes')::interval, rating, ratings, 1, stock, stock > 0, 1
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::numeric[], $5::int[], $6::int[]) WITH ORDINALITY
            AS seeded(id, name, description, rating, ratings, stock, n)`, [
            ids,
            ids.map(() => `${(0, text_1.pick)(next, text_1.ADJECTIVES)} ${(0, text_1.pick)(next, text_1.MATERIALS)} ${(0, text_1.pick)(next, text_1.NOUNS)}`),
            ids.map(() => (0, text_1.sentence)(next, 12 + Math.floor(next() * 10))),
            ids.map(() => Math.round((1 + next() * 4) * 100) / 100),
            ids.map(() => Math.floor(next() * 200)),
            ids.map(() => (next() < 0.8 ? 1 + Math.floor(next() * 50) : 0)),
        ]);
    }
    for (let start = 0; start < reviews; start += 5000) {
        const count = Math.min(5000, reviews - start);
        await db.query(`INSERT INTO search.reviews (review_id, product_id, title, body, version)
       SELECT gen_random_uuid(), product_id, title, body, 1
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS seeded(product_id, title, body)`, [
            Array.from({ length: count }, () => productIds[Math.floor(next() * products)]),
            Array.from({ length: count }, () => (0, text_1.sentence)(next, 3 + Math.floor(next() * 3))),
            Array.from({ length: count }, () => (0, text_1.sentence)(next, 15 + Math.floor(next() * 20))),
        ]);
    }
    await db.query(`
    UPDATE search.documents d SET review_text = coalesce((
      SELECT left(string_agg(r.title || E'\\n' || r.body, E'\\n' ORDER BY r.review_id DESC), 100000)
      FROM search.reviews r WHERE r.product_id = d.product_id AND NOT r.deleted), '')`);
    await db.query(`VACUUM ANALYZE search.documents`);
    await db.query(`VACUUM ANALYZE search.reviews`);
}
/** `GET /api/v1/search` cycling through {@link SEARCH_QUERIES} on a few connections. */
async function measureSearch(baseUrl, settings) {
    let next = 0;
    const request = () => ({ path: `/api/v1/search?${exports.SEARCH_QUERIES[next++ % exports.SEARCH_QUERIES.length]}` });
    await (0, load_1.runLoad)({ url: baseUrl, connections: exports.SEARCH_CONNECTIONS, durationS: settings.warmupS, next: request });
    const result = await (0, load_1.runLoad)({
        url: baseUrl,
        connections: exports.SEARCH_CONNECTIONS,
        durationS: settings.durationS,
        next: request,
    });
    (0, load_1.assertHealthy)('search', result);
    return {
        subject: 'GET /api/v1/search (mixed)',
        throughput: result.throughput,
        unit: 'req/s',
        p50Ms: result.p50Ms,
        p99Ms: result.p99Ms,
    };
}
