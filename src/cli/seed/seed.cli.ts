import { Presets, SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';
import { ADMIN_ROLE } from '../../shared/auth/authenticated-user';
import { readDevSecret } from '../../shared/auth/dev-secret';
import { signDevToken } from '../../shared/auth/dev-token';
import { loadAppConfig } from '../../load-app-config';
import { demoProduct, demoReview, random } from './demo-catalog';

const USAGE =
  'usage: npm run seed -- [--url http://127.0.0.1:3000] [--products 200] [--reviews-per-product 10] [--users 40]';

interface Options {
  url: string;
  products: number;
  reviewsPerProduct: number;
  users: number;
  concurrency: number;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: process.env.SEED_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}` },
      products: { type: 'string', default: '200' },
      'reviews-per-product': { type: 'string', default: '10' },
      users: { type: 'string', default: '40' },
      concurrency: { type: 'string', default: '16' },
    },
  });
  const whole = (name: string, raw: string | undefined, max: number) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} must be 1..${max}\n${USAGE}`);
    return value;
  };
  const users = whole('users', values.users, 10000);
  const reviewsPerProduct = whole('reviews-per-product', values['reviews-per-product'], 1000);
  if (reviewsPerProduct > users)
    throw new Error('--reviews-per-product cannot exceed --users (one review per user per product)');
  return {
    url: values.url!.replace(/\/$/, ''),
    products: whole('products', values.products, 100000),
    reviewsPerProduct,
    users,
    concurrency: whole('concurrency', values.concurrency, 256),
  };
}

/** The seed only reads `id` of created products. */
interface SeedResponse {
  status: number;
  body: { id?: string } | undefined;
}

async function request(url: string, method: string, token: string, body: unknown): Promise<SeedResponse> {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Retries while another module has not yet learnt about the product (eventual consistency), up to ~10 s. */
async function untilKnown(send: () => Promise<SeedResponse>): Promise<SeedResponse> {
  for (let attempt = 0; ; attempt++) {
    const response = await send();
    if (response.status !== 404 || attempt >= 100) return response;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** Fills a demo catalog through the public REST API, so every write flows through commands and events. */
async function main(): Promise<void> {
  const opts = options();
  const config = loadAppConfig();
  const secret = config.jwt.secret ?? (await readDevSecret(config.dataDir));
  if (!secret)
    throw new Error('no signing secret: start the server once (it creates the dev secret) or set JWT_SECRET');
  const sign = (sub: string, roles: string[]) =>
    signDevToken({ sub, roles, secret, expiresIn: '2h', issuer: config.jwt.issuer, audience: config.jwt.audience });
  const health = await fetch(`${opts.url}/health/ready`).catch(() => undefined);
  if (!health?.ok) throw new Error(`no ready server at ${opts.url}: start it with npm start (or pass --url)`);

  const admin = await sign('seed-admin', [ADMIN_ROLE]);
  const users = await Promise.all(
    Array.from({ length: opts.users }, (_, i) => sign(`shopper-${String(i + 1).padStart(3, '0')}`, [])),
  );
  const run = Date.now().toString(36).toUpperCase();
  const next = random(42);
  const total = opts.products * (1 + 2 * opts.reviewsPerProduct);
  const counts = { products: 0, reviews: 0, ratings: 0, failed: 0 };
  const started = Date.now();
  const bar = new SingleBar(
    {
      format: 'seeding [{bar}] {percentage}% | {value}/{total} requests | {rate} req/s | ETA {eta}s',
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0, { rate: 0 });
  const tick = (ok: boolean, kind: 'products' | 'reviews' | 'ratings') => {
    if (ok) counts[kind]++;
    else counts.failed++;
    const done = counts.products + counts.reviews + counts.ratings + counts.failed;
    bar.update(done, { rate: Math.round(done / ((Date.now() - started) / 1000 || 1)) });
  };

  const plans = Array.from({ length: opts.products }, (_, index) => ({
    product: demoProduct(next, index + 1, run),
    reviewers: Array.from({ length: opts.reviewsPerProduct }, (_, i) => (index * 7 + i) % opts.users),
    reviews: Array.from({ length: opts.reviewsPerProduct }, () => demoReview(next)),
  }));
  await pool(plans, opts.concurrency, async (plan) => {
    const created = await request(`${opts.url}/api/v1/products`, 'POST', admin, plan.product);
    tick(created.status === 201, 'products');
    if (created.status !== 201) {
      counts.failed += plan.reviewers.length * 2;
      return;
    }
    const id = created.body!.id!;
    for (let i = 0; i < plan.reviewers.length; i++) {
      const token = users[plan.reviewers[i]];
      const { title, body, stars } = plan.reviews[i];
      const review = await untilKnown(() =>
        request(`${opts.url}/api/v1/products/${id}/reviews`, 'POST', token, { title, body }),
      );
      tick(review.status === 201, 'reviews');
      const rating = await untilKnown(() =>
        request(`${opts.url}/api/v1/products/${id}/ratings/me`, 'PUT', token, { stars }),
      );
      tick(rating.status === 200, 'ratings');
    }
  });
  bar.stop();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `seeded ${counts.products} products, ${counts.reviews} reviews and ${counts.ratings} ratings from ${opts.users} users ` +
      `in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} req/s)${counts.failed ? `; ${counts.failed} requests failed` : ''}`,
  );
  console.log(`try: curl '${opts.url}/api/v1/search?q=wireless+headphones&limit=5'`);
  if (counts.failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
