import { assertHealthy, runLoad } from '../lib/load';
import { Measurement } from '../lib/report';
import { LoadSettings } from './read';

export const WRITE_CONNECTIONS = 50;

/**
 * Distinct (customer, product) pairs in an order that spreads consecutive writes over products, so
 * concurrent requests rarely wait on one product's row lock: each customer reviews a product once.
 */
export function reviewPairs(customers: readonly { id: string; token: string }[], productIds: readonly string[]) {
  let next = 0;
  return () => {
    const index = next++;
    if (index >= customers.length * productIds.length) throw new Error('ran out of distinct (customer, product) pairs');
    return {
      customer: customers[Math.floor(index / productIds.length)],
      productId: productIds[index % productIds.length],
    };
  };
}

export const REVIEW_BODY = JSON.stringify({
  title: 'Solid and well made',
  body: 'Arrived quickly, works as described and feels built to last. Would buy it again.',
});

/** `POST <path(productId)>` with a fresh customer token per pair, 50 connections, after a warm-up run. */
export async function measureWrite(
  subject: string,
  baseUrl: string,
  path: (productId: string) => string,
  pairs: ReturnType<typeof reviewPairs>,
  settings: LoadSettings,
): Promise<Measurement> {
  const request = () => {
    const { customer, productId } = pairs();
    return {
      method: 'POST' as const,
      path: path(productId),
      headers: { authorization: `Bearer ${customer.token}` },
      body: REVIEW_BODY,
    };
  };
  await runLoad({ url: baseUrl, connections: WRITE_CONNECTIONS, durationS: settings.warmupS, next: request });
  const result = await runLoad({
    url: baseUrl,
    connections: WRITE_CONNECTIONS,
    durationS: settings.durationS,
    next: request,
  });
  assertHealthy(`write ${subject}`, result);
  return { subject, throughput: result.throughput, unit: 'req/s', p50Ms: result.p50Ms, p99Ms: result.p99Ms };
}
