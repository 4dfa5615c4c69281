/**
 * Baseline: the same reads and writes as the app with nothing but Fastify, `pg` and `jose` — no Nest,
 * no ORM, no validation library, no outbox relay or consumers. What the hardware and PostgreSQL allow.
 */
import Fastify from 'fastify';
import { jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 20) });
const secret = new TextEncoder().encode(process.env.JWT_SECRET);
const app = Fastify({ logger: false });

interface ProductRow {
  id: string;
  sku: string;
  name: string;
  description: string;
  price_amount: string;
  price_currency: string;
  categories: string[];
  version: number;
  rating_average: string;
  rating_count: number;
  in_stock: boolean;
  available: number;
  created_at: Date;
  updated_at: Date;
}

app.get('/health', async () => ({ status: 'ok' }));

app.get<{ Params: { id: string } }>('/products/:id', async (request, reply) => {
  const { rows } = await pool.query<ProductRow>(
    `SELECT p.id, p.sku, p.name, p.description, p.price_amount, p.price_currency, p.categories, p.version,
            coalesce(e.rating_average, 0) AS rating_average, coalesce(e.rating_count, 0) AS rating_count,
            coalesce(e.in_stock, p.initial_stock > 0) AS in_stock, coalesce(e.available, p.initial_stock) AS available,
            p.created_at, p.updated_at
     FROM catalog.products p LEFT JOIN catalog.product_enrichment e ON e.product_id = p.id WHERE p.id = $1`,
    [request.params.id],
  );
  const row = rows[0];
  if (!row) return reply.code(404).send({ status: 404 });
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    price: { amount: Number(row.price_amount), currency: row.price_currency },
    categories: row.categories,
    version: row.version,
    rating: { average: Number(row.rating_average), count: row.rating_count },
    availability: { inStock: row.in_stock, available: row.available },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
});

/** The write: the review row and its event-store (outbox) row in one transaction. */
app.post<{ Params: { id: string }; Body: { title?: unknown; body?: unknown } }>(
  '/products/:id/reviews',
  async (request, reply) => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    let authorId: string;
    try {
      authorId = (await jwtVerify(token ?? '', secret, { algorithms: ['HS256'] })).payload.sub!;
    } catch {
      return reply.code(401).send({ status: 401 });
    }
    const { title, body } = request.body ?? {};
    if (typeof title !== 'string' || typeof body !== 'string') return reply.code(400).send({ status: 400 });
    const review = { reviewId: randomUUID(), productId: request.params.id, authorId, title, body };
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO reviews.reviews (id, product_id, author_id, title, body, version) VALUES ($1, $2, $3, $4, $5, 1)`,
        [review.reviewId, review.productId, authorId, title, body],
      );
      await client.query(
        `INSERT INTO messaging.event_store
           (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id, actor, payload)
         VALUES ($1, 'reviews.review-added.v1', 'reviews', $2, 1, now(), $3, NULL, $4, $5)`,
        [randomUUID(), `reviews.review:${review.reviewId}`, randomUUID(), authorId, JSON.stringify(review)],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    return reply.code(201).send({ id: review.reviewId, ...review, version: 1 });
  },
);

app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' }).catch((error) => {
  console.error(error);
  process.exit(1);
});
process.on('SIGTERM', () => void app.close().then(() => pool.end()));
