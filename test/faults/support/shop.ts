import { randomBytes, randomUUID } from 'node:crypto';
import { eventually } from '../../support/eventually';
import { tokenFor } from '../../support/tokens';
import { Random } from './random';

/** One write a customer (or the shop admin) sends, identified by its correlation id in the event store. */
export interface ShopCommand {
  kind: CommandKind;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  user: string;
  admin?: boolean;
  correlationId: string;
  /** Sent on POST and PUT, so a retry after a lost response cannot take effect twice. */
  idempotencyKey?: string;
}

/** A response, or the network error a request ended with (its outcome is unknown). */
export type Outcome = { status: number; body: any; error?: undefined } | { status?: undefined; error: string };

type LoadKind = 'rate' | 'unrate' | 'review' | 'edit-review' | 'delete-review' | 'reserve' | 'restock';
type CommandKind = LoadKind | 'create-product' | 'delete-product';

const MIX: Record<LoadKind, number> = {
  rate: 35,
  unrate: 8,
  review: 20,
  'edit-review': 7,
  'delete-review': 5,
  reserve: 20,
  restock: 5,
};

const ADMIN = 'shop-admin';
const tokens = new Map<string, Promise<string>>();
const tokenOf = (user: string, admin = false) => {
  if (!tokens.has(user)) tokens.set(user, tokenFor(user, { admin, expiresIn: '2h' }));
  return tokens.get(user)!;
};

/** Sends one command; never throws. */
export async function send(baseUrl: string, command: ShopCommand, timeoutMs = 20000): Promise<Outcome> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${await tokenOf(command.user, command.admin)}`,
    'x-correlation-id': command.correlationId,
  };
  if (command.idempotencyKey) headers['idempotency-key'] = command.idempotencyKey;
  if (command.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await fetch(`${baseUrl}${command.path}`, {
      method: command.method,
      headers,
      body: command.body === undefined ? undefined : JSON.stringify(command.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const json = /json/.test(response.headers.get('content-type') ?? '');
    return { status: response.status, body: text && json ? JSON.parse(text) : text };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? String(error) };
  }
}

/**
 * A small shop under load: a few products, many customers who rate, re-rate, withdraw ratings,
 * review, edit and delete reviews and reserve stock, and an admin who restocks. Commands are
 * random (seeded) but always plausible, so most of them commit events.
 */
export class Shop {
  readonly products: string[] = [];
  private readonly reviews = new Map<string, string>();
  private readonly users: string[];
  private readonly runId = randomBytes(3).toString('hex');
  private sequence = 0;

  constructor(
    readonly random: Random,
    customers = 40,
  ) {
    this.users = Array.from({ length: customers }, (_, index) => `customer-${this.runId}-${index}`);
  }

  /** Creates products through the API and waits until every module that keeps them knows them. */
  async stock(baseUrl: string, count: number, initialStock = 100000): Promise<void> {
    for (let index = 0; index < count; index++) {
      const command: ShopCommand = {
        kind: 'create-product',
        method: 'POST',
        path: '/api/v1/products',
        body: {
          sku: `FAULT-${this.runId}-${index}`.toUpperCase(),
          name: `Fault lamp ${this.runId} ${index}`,
          description: 'A lamp that survives crashes',
          price: { amount: 1999, currency: 'EUR' },
          initialStock,
        },
        user: ADMIN,
        admin: true,
        correlationId: this.correlationId(),
        idempotencyKey: randomUUID(),
      };
      // A gateway that has just become ready may still be learning its routes (503): ask again.
      const created = await eventually(
        () => send(baseUrl, command),
        (outcome) => outcome.status !== undefined && outcome.status !== 502 && outcome.status !== 503,
        { what: 'the product to be created', timeoutMs: 30000, intervalMs: 250 },
      );
      if (created.status !== 201) throw new Error(`cannot create a product: ${JSON.stringify(created)}`);
      this.products.push(created.body.id);
    }
    for (const product of this.products) {
      for (const path of [`/api/v1/inventory/${product}`, `/api/v1/products/${product}/rating`]) {
        await eventually(
          () => fetch(`${baseUrl}${path}`).then((response) => response.status),
          (status) => status === 200,
          { what: `${path} to know the new product`, timeoutMs: 30000 },
        );
      }
    }
  }

  /** The next command; `withKeys` adds an Idempotency-Key to POST and PUT. */
  next(withKeys = false): ShopCommand {
    const kind = this.random.weighted(MIX);
    const product = this.random.pick(this.products);
    const user = this.random.pick(this.users);
    const review = this.reviews.get(`${product}|${user}`);
    const command = (method: ShopCommand['method'], path: string, body?: unknown, admin = false): ShopCommand => ({
      kind,
      method,
      path,
      body,
      user: admin ? ADMIN : user,
      admin,
      correlationId: this.correlationId(),
      ...(withKeys && (method === 'POST' || method === 'PUT') && { idempotencyKey: randomUUID() }),
    });
    const words = () => `${this.random.pick(['bright', 'dim', 'sturdy', 'wobbly', 'cosy'])} ${this.correlationId()}`;
    switch (kind) {
      case 'rate':
        return command('PUT', `/api/v1/products/${product}/ratings/me`, { stars: this.random.int(1, 5) });
      case 'unrate':
        return command('DELETE', `/api/v1/products/${product}/ratings/me`);
      case 'review':
        return command('POST', `/api/v1/products/${product}/reviews`, { title: 'Verdict', body: words() });
      case 'edit-review':
        return review ? command('PATCH', `/api/v1/reviews/${review}`, { body: words() }) : this.next(withKeys);
      case 'delete-review':
        return review ? command('DELETE', `/api/v1/reviews/${review}`) : this.next(withKeys);
      case 'reserve':
        return command('POST', `/api/v1/inventory/${product}/reservations`, { quantity: this.random.int(1, 3) });
      case 'restock':
        return command('POST', `/api/v1/inventory/${product}/restock`, { quantity: this.random.int(1, 20) }, true);
    }
  }

  /** The admin deletes a product (its reviews go with it). */
  deletion(product: string): ShopCommand {
    return {
      kind: 'delete-product',
      method: 'DELETE',
      path: `/api/v1/products/${product}`,
      user: ADMIN,
      admin: true,
      correlationId: this.correlationId(),
    };
  }

  /** Learns from a response which reviews exist, so later edits and deletions address real ones. */
  observe(command: ShopCommand, outcome: Outcome): void {
    const product = command.path.split('/')[4];
    if (command.kind === 'review' && outcome.status === 201) {
      this.reviews.set(`${product}|${command.user}`, outcome.body.id);
    }
    if (command.kind === 'delete-review' && (outcome.status === 204 || outcome.status === 404)) {
      for (const [key, id] of this.reviews) if (command.path.endsWith(id)) this.reviews.delete(key);
    }
  }

  private correlationId(): string {
    return `fault-${this.runId}-${++this.sequence}`;
  }
}
