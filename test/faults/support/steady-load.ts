import { randomUUID } from 'node:crypto';
import { tokenFor } from '../../support/tokens';
import { Random } from './random';
import { sendWithRetries, Settled } from './resilient-client';
import { Shop } from './shop';

const PROBE_INTERVAL_MS = 250;

/**
 * Customers writing at a steady pace through the gateway while a test breaks something, plus a probe
 * that measures propagation: it keeps changing its own vote on a product of its own and times how
 * long the change takes to show on the product page (rating → broker → rating calculation → broker →
 * catalog). The longest of those times is the longest stall customers would have seen.
 */
export class SteadyLoad {
  readonly settled: Settled[] = [];
  private running = true;
  private workers: Promise<void>[] = [];
  private longestStallMs = 0;
  private probeProduct?: string;

  private constructor(
    private readonly baseUrl: string,
    readonly shop: Shop,
  ) {}

  /** Creates the products, then starts `clients` customers (each waits `pauseMs` between commands) and the probe. */
  static async start(baseUrl: string, clients: number, pauseMs: number): Promise<SteadyLoad> {
    const shop = new Shop(new Random(), 40);
    await shop.stock(baseUrl, 5, 1_000_000);
    const load = new SteadyLoad(baseUrl, shop);
    load.probeProduct = shop.products.pop();
    for (let index = 0; index < clients; index++) load.workers.push(load.customer(pauseMs));
    load.workers.push(load.probe());
    return load;
  }

  /** Longest time a vote took to reach the product page, so far (ms). */
  get longestStall(): number {
    return this.longestStallMs;
  }

  async stop(): Promise<Settled[]> {
    this.running = false;
    await Promise.all(this.workers);
    return this.settled;
  }

  private async customer(pauseMs: number): Promise<void> {
    while (this.running) {
      const command = this.shop.next(true);
      const result = await sendWithRetries(this.baseUrl, command, 60000);
      this.shop.observe(command, result.outcome);
      this.settled.push(result);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }

  private async probe(): Promise<void> {
    const token = await tokenFor(`probe-${randomUUID()}`);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    for (let stars = 1; this.running; stars = (stars % 5) + 1) {
      const started = Date.now();
      const voted = await fetch(`${this.baseUrl}/api/v1/products/${this.probeProduct}/ratings/me`, {
        method: 'PUT',
        headers: { ...headers, 'idempotency-key': randomUUID() },
        body: JSON.stringify({ stars }),
      }).catch(() => undefined);
      if (voted?.status !== 200) {
        await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
        continue;
      }
      while (this.running) {
        const page = await fetch(`${this.baseUrl}/api/v1/products/${this.probeProduct}`)
          .then((response) =>
            response.ok ? (response.json() as Promise<{ rating?: { average?: number } }>) : undefined,
          )
          .catch(() => undefined);
        this.longestStallMs = Math.max(this.longestStallMs, Date.now() - started);
        if (page?.rating?.average === stars) break;
        await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
      }
    }
  }
}

/** The line every fault suite ends with. */
export function accountingLine(
  consistency: { committedEvents: number; lost: string[]; duplicated: string[]; mismatches: string[] },
  longestStallMs: number,
): string {
  return (
    `${consistency.committedEvents} events committed, ${consistency.lost.length} lost, ` +
    `${consistency.duplicated.length} duplicated, ${consistency.mismatches.length} projection mismatches; ` +
    `longest propagation stall ${(longestStallMs / 1000).toFixed(1)} s`
  );
}
