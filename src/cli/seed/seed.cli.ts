import { Presets, SingleBar } from 'cli-progress';
import { ADMIN_ROLE } from '../../shared/auth/authenticated-user';
import { readDevSecret } from '../../shared/auth/dev-secret';
import { signDevToken } from '../../shared/auth/dev-token';
import { CliError, parseCli, runCli } from '../cli-program';
import { loadSharedConfig } from '../shared-config';
import { demoProduct, demoReview, random } from './demo-catalog';
import { SeedFailures, SeedResponse, describeResponse } from './seed-failures';

const HELP = `
Fills a demo catalog through the REST API of a running server, so every write goes through the
commands and events as a client's would: products, then reviews and ratings by several users.

usage: npm run seed -- [--url http://127.0.0.1:3000] [--products 200] [--reviews-per-product 10]
                      [--users 40] [--concurrency 16]

  --url                  the server (default SEED_URL, else http://127.0.0.1:$PORT, PORT 3000)
  --products             how many products (1..100000, default 200)
  --reviews-per-product  reviews and ratings per product (1..1000, default 10; at most --users)
  --users                distinct customers writing them (1..10000, default 40)
  --concurrency          requests in flight (1..256, default 16)

Signs its tokens like npm run token: with JWT_SECRET, or the development secret in DATA_DIR, so
run it with the same settings as the server.
`;

interface Options {
  url: string;
  products: number;
  reviewsPerProduct: number;
  users: number;
  concurrency: number;
}

function options(): Options {
  const { values } = parseCli({
    name: 'seed',
    help: HELP,
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
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new CliError(`--${name} must be a whole number from 1 to ${max}, got "${raw}"`);
    }
    return value;
  };
  const users = whole('users', values.users, 10000);
  const reviewsPerProduct = whole('reviews-per-product', values['reviews-per-product'], 1000);
  if (reviewsPerProduct > users)
    throw new CliError('--reviews-per-product cannot exceed --users (one review per user per product)');
  return {
    url: values.url!.replace(/\/$/, ''),
    products: whole('products', values.products, 100000),
    reviewsPerProduct,
    users,
    concurrency: whole('concurrency', values.concurrency, 256),
  };
}

async function request(url: string, method: string, token: string, body?: unknown): Promise<SeedResponse> {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch((error: Error) => {
    throw new CliError(`lost the server at ${new URL(url).origin} (${error.message}): is it still running?`);
  });
  const text = await response.text();
  try {
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  } catch {
    return { status: response.status, body: { title: text.slice(0, 200) } };
  }
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

/**
 * Before writing anything: is the server there, and does it accept this process's tokens? (An
 * admin-only read has no effect.) A wrong secret is the usual mistake; it is named with its fix.
 */
async function preflight(url: string, adminToken: string): Promise<void> {
  const health = await fetch(`${url}/health/ready`).catch(() => undefined);
  if (!health?.ok) {
    const state = health ? `answers ${health.status} on /health/ready` : 'does not answer';
    throw new CliError(`the server at ${url} ${state}: start it with npm start, or pass --url`);
  }
  const probe = await request(`${url}/api/v1/events?limit=1`, 'GET', adminToken);
  if (probe.status === 401) {
    throw new CliError(
      `the server at ${url} refused the seed's token (${describeResponse(probe)}): it signs tokens with ` +
        "another secret. Run the seed with the server's JWT_SECRET, or with its DATA_DIR when it uses the " +
        'generated development secret',
    );
  }
  if (probe.status !== 200) {
    throw new CliError(`the server at ${url} refused an admin read (${describeResponse(probe)})`);
  }
}

runCli('seed', async () => {
  const opts = options();
  const config = loadSharedConfig();
  const secret = config.jwt.secret ?? (await readDevSecret(config.dataDir));
  if (!secret) {
    throw new CliError(
      `no signing secret: JWT_SECRET is not set and ${config.dataDir}/jwt-secret does not exist yet; ` +
        'start the server once (npm start creates it), or set JWT_SECRET to the server’s secret',
    );
  }
  const sign = (sub: string, roles: string[]) =>
    signDevToken({ sub, roles, secret, expiresIn: '2h', issuer: config.jwt.issuer, audience: config.jwt.audience });
  const admin = await sign('seed-admin', [ADMIN_ROLE]);
  await preflight(opts.url, admin);

  const users = await Promise.all(
    Array.from({ length: opts.users }, (_, i) => sign(`shopper-${String(i + 1).padStart(3, '0')}`, [])),
  );
  const run = Date.now().toString(36).toUpperCase();
  const next = random(42);
  const total = opts.products * (1 + 2 * opts.reviewsPerProduct);
  const counts = { products: 0, reviews: 0, ratings: 0, skipped: 0 };
  const failures = new SeedFailures();
  const started = Date.now();
  const bar = new SingleBar(
    {
      format: 'seeding [{bar}] {percentage}% | {value}/{total} requests | {rate} req/s | ETA {eta}s',
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0, { rate: 0 });
  const tick = (kind: 'products' | 'reviews' | 'ratings', what: string, response: SeedResponse, ok: number) => {
    if (response.status === ok) counts[kind]++;
    else failures.record(what, response);
    const done = counts.products + counts.reviews + counts.ratings + counts.skipped + failures.count;
    bar.update(done, { rate: Math.round(done / ((Date.now() - started) / 1000 || 1)) });
  };

  const plans = Array.from({ length: opts.products }, (_, index) => ({
    product: demoProduct(next, index + 1, run),
    reviewers: Array.from({ length: opts.reviewsPerProduct }, (_, i) => (index * 7 + i) % opts.users),
    reviews: Array.from({ length: opts.reviewsPerProduct }, () => demoReview(next)),
  }));
  await pool(plans, opts.concurrency, async (plan) => {
    const created = await request(`${opts.url}/api/v1/products`, 'POST', admin, plan.product);
    tick('products', 'POST /api/v1/products', created, 201);
    if (created.status !== 201) {
      counts.skipped += plan.reviewers.length * 2;
      return;
    }
    const id = created.body!.id!;
    for (let i = 0; i < plan.reviewers.length; i++) {
      const token = users[plan.reviewers[i]];
      const { title, body, stars } = plan.reviews[i];
      const review = await untilKnown(() =>
        request(`${opts.url}/api/v1/products/${id}/reviews`, 'POST', token, { title, body }),
      );
      tick('reviews', 'POST /api/v1/products/{id}/reviews', review, 201);
      const rating = await untilKnown(() =>
        request(`${opts.url}/api/v1/products/${id}/ratings/me`, 'PUT', token, { stars }),
      );
      tick('ratings', 'PUT /api/v1/products/{id}/ratings/me', rating, 200);
    }
  });
  bar.stop();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `seeded ${counts.products} products, ${counts.reviews} reviews and ${counts.ratings} ratings from ${opts.users} users ` +
      `in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} req/s)`,
  );
  if (failures.count === 0) {
    console.log(`try: curl '${opts.url}/api/v1/search?q=wireless+headphones&limit=5'`);
    return;
  }
  const skipped = counts.skipped ? ` (and ${counts.skipped} reviews and ratings of those products skipped)` : '';
  throw new CliError([`${failures.count} requests failed${skipped}; the server said:`, ...failures.lines()].join('\n'));
});
