import { BenchRun } from '../lib/bench-run';
import { waitForCount } from '../lib/database';
import { postJson } from '../lib/http';
import { LoadResult, runLoad } from '../lib/load';
import { Measurement } from '../lib/report';
import { tokenFor } from '../lib/tokens';

export const RESERVATION_PRODUCTS = 100;
export const RESERVATION_CONNECTIONS = 50;
/** The most a product may start with: no run of this length can sell it out. */
const INITIAL_STOCK = 1_000_000;

/** One reservation load run: its throughput and latency, and how many requests were refused. */
export type ReservationMeasurement = Measurement & { failed: number; total: number };

export interface ReservationResult {
  /** Consecutive requests on different products of 100: what a shop's checkouts look like. */
  spread: ReservationMeasurement;
  /** Every request on one product: the worst contention, where concurrency control costs the most. */
  hot: ReservationMeasurement;
}

/**
 * `POST /api/v1/inventory/:id/reservations` of 1 unit, 50 connections, on 100 products with a stock
 * no run can sell out, then all on one product. Works against any version of the app that has the
 * route, so the same scenario measures stock before and after a change of its concurrency control.
 */
export async function measureReservations(run: BenchRun): Promise<ReservationResult> {
  const { progress } = run;
  progress.phase(`reservation: start the app, create ${RESERVATION_PRODUCTS} products with stock`);
  const app = await run.startApp('inprocess');
  try {
    const admin = await tokenFor('bench-admin', ['admin']);
    const ids: string[] = [];
    for (let index = 0; index < RESERVATION_PRODUCTS; index++) {
      const product = {
        sku: `BENCH-STOCK-${index}`,
        name: `Bench stock ${index}`,
        description: 'A product the benchmark reserves units of.',
        price: { amount: 1000, currency: 'EUR' },
        initialStock: INITIAL_STOCK,
      };
      const response = await postJson<{ id: string }>(`${app.baseUrl}/api/v1/products`, JSON.stringify(product), {
        authorization: `Bearer ${admin}`,
      });
      if (response.status !== 201) throw new Error(`creating product ${index}: ${response.status}`);
      ids.push(response.body.id);
    }
    await waitForCount(
      run.db,
      `SELECT count(*) FROM inventory.stock WHERE product_id = ANY('{${ids.join(',')}}'::uuid[])`,
      ids.length,
    );
    await run.settle(app);
    const customer = await tokenFor('bench-shopper');
    const measure = async (subject: string, products: readonly string[]): Promise<ReservationMeasurement> => {
      let next = 0;
      const request = () => ({
        method: 'POST' as const,
        path: `/api/v1/inventory/${products[next++ % products.length]}/reservations`,
        headers: { authorization: `Bearer ${customer}` },
        body: '{"quantity":1}',
      });
      const load = (durationS: number) =>
        runLoad({ url: app.baseUrl, connections: RESERVATION_CONNECTIONS, durationS, next: request });
      await load(run.warmupS);
      await run.settle(app);
      return measurement(subject, await load(run.durationS));
    };
    progress.phase(`reservation: ${RESERVATION_PRODUCTS} products in turn (${run.durationS} s)`);
    const spread = await measure(`app, ${RESERVATION_PRODUCTS} products`, ids);
    await run.settle(app);
    progress.phase(`reservation: one hot product (${run.durationS} s)`);
    const hot = await measure('app, one product', ids.slice(0, 1));
    return { spread, hot };
  } finally {
    await run.stop(app);
    await run.discardUnpublishedEvents();
  }
}

const measurement = (subject: string, result: LoadResult): ReservationMeasurement => ({
  subject,
  throughput: result.throughput,
  unit: 'req/s',
  p50Ms: result.p50Ms,
  p99Ms: result.p99Ms,
  failed: result.failed,
  total: result.total,
});
