import { eventually } from '../support/eventually';
import { SplitDeployment } from '../support/split-deployment';
import { tokenFor } from '../support/tokens';
import { checkConsistency, deliveryBacklog } from './support/consistency';
import { SteadyLoad, accountingLine } from './support/steady-load';

const OUTAGE_MS = 10_000;
const DOWN = 'rating';

/**
 * With a database per service, one service's database refuses every connection for 10 s (its
 * sessions terminated, new ones not allowed) under a steady write load: the other services keep
 * serving, the affected one answers 503 with Retry-After rather than 500, and afterwards it
 * recovers and catches up by itself.
 */
describe("one service's database down", () => {
  let deployment: SplitDeployment;

  beforeAll(async () => {
    deployment = await SplitDeployment.start({
      env: {
        DB_ACQUIRE_TIMEOUT_MS: '2000',
        LOG_LEVEL: 'info',
      },
    });
  }, 180000);

  afterAll(async () => {
    await deployment?.query(DOWN, 'SELECT 1').catch(() => undefined);
    await deployment?.stop();
  });

  const refuse = async (allow: boolean) => {
    const name = deployment.databases[DOWN].name;
    // From the catalog database: the refused one cannot be used to refuse itself.
    await deployment.query('catalog', `ALTER DATABASE ${name} ALLOW_CONNECTIONS ${allow}`);
    if (!allow) {
      await deployment.query('catalog', 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
        name,
      ]);
    }
  };

  it('keeps the other services serving, answers 503 with Retry-After for the affected one, then catches up', async () => {
    const load = await SteadyLoad.start(deployment.baseUrl, 4, 50);
    const product = load.shop.products[0];
    const customer = await tokenFor('outage-customer');
    await new Promise((resolve) => setTimeout(resolve, 5000));

    await refuse(false);
    const outageStarted = Date.now();
    const affected: Array<{ status: number; retryAfter: string | null }> = [];
    const others: number[] = [];
    try {
      while (Date.now() - outageStarted < OUTAGE_MS) {
        const rating = await deployment.api.get(`/api/v1/products/${product}/rating`);
        affected.push({ status: rating.status, retryAfter: rating.headers.get('retry-after') });
        others.push((await deployment.api.get(`/api/v1/products/${product}`)).status);
        others.push((await deployment.api.get(`/api/v1/inventory/${product}`)).status);
        others.push(
          (await deployment.api.get(`/api/v1/search?q=lamp`, { headers: { authorization: `Bearer ${customer}` } }))
            .status,
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    } finally {
      await refuse(true);
    }
    const outageMs = Date.now() - outageStarted;
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const settled = await load.stop();

    await eventually(
      () => deliveryBacklog(deployment.overview),
      (backlog) => backlog.unpublished === 0 && backlog.lost.length === 0,
      { timeoutMs: 120000, intervalMs: 500, what: 'every committed event to reach every consumer' },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${DOWN} logged:\n${deployment.output(DOWN).slice(-40).join('\n')}`);
    });
    const consistency = await checkConsistency(deployment.overview, (sql, params) =>
      deployment.query('inventory', sql, params),
    );
    const statuses = (list: number[]) =>
      [...new Set(list)].map((status) => `${status}×${list.filter((s) => s === status).length}`).join(' ');
    console.log(
      `database outage (${DOWN}, ${(outageMs / 1000).toFixed(1)} s): ${settled.length} commands; ` +
        `${DOWN} answered ${statuses(affected.map((a) => a.status))}, the others ${statuses(others)}\n` +
        accountingLine(consistency, load.longestStall),
    );

    // The affected service said "later", never "broken"; the others never noticed.
    expect(affected.filter((answer) => answer.status === 503).length).toBeGreaterThan(0);
    expect(affected.filter((answer) => answer.status !== 503 && answer.status !== 200)).toEqual([]);
    expect(affected.filter((answer) => answer.status === 503 && !answer.retryAfter)).toEqual([]);
    expect(others.every((status) => status === 200)).toBe(true);
    // After it: the service serves again and nothing was lost, doubled or left inconsistent.
    expect((await deployment.api.get(`/api/v1/products/${product}/rating`)).status).toBe(200);
    expect(settled.filter((result) => result.unknown)).toEqual([]);
    expect(consistency.lost).toEqual([]);
    expect(consistency.duplicated).toEqual([]);
    expect(consistency.mismatches).toEqual([]);
  }, 400000);
});
