import { Client } from 'pg';
import { projectionStatus } from '../../src/cli/projections/projection-status';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { dump, PROJECTION_NAMES, rebuild, settle, Shoppers, tablesOf } from './projection-fixtures';

jest.setTimeout(180_000);

describe('projection rebuild', () => {
  let app: TestApp;
  let shoppers: Shoppers;

  beforeAll(async () => {
    app = await startTestApp();
    shoppers = await Shoppers.for(app);
    await shoppers.seed(20);
  });

  afterAll(() => app?.close());

  it.each(PROJECTION_NAMES)('rebuilds %s from the event store into exactly the live tables', async (name) => {
    const live = await dump(app, name);
    expect(Object.values(live).every((rows) => rows.length > 0)).toBe(true);
    // A damaged projection: the rebuild must restore it from the events alone.
    for (const table of tablesOf(name)) await app.query(`DELETE FROM ${table}`);

    const result = await rebuild(app, name);

    expect(result.replayed).toBeGreaterThan(0);
    expect(await dump(app, name)).toEqual(live);
  });

  it('waits out a transaction elsewhere on the server that holds its id longer than one settle wait', async () => {
    const live = await dump(app, 'reviews-products');
    // Transaction ids are server-wide: this one, in another session, is in flight when the rebuild
    // looks for its settled head, and ends only after the 2 s one try waits.
    const other = new Client({ connectionString: app.database.url });
    await other.connect();
    await other.query('BEGIN');
    await other.query('SELECT txid_current()');
    const ended = new Promise((resolve) => setTimeout(resolve, 3000)).then(async () => {
      await other.query('COMMIT');
      await other.end();
    });
    try {
      const result = await rebuild(app, 'reviews-products');
      expect(result.replayed).toBeGreaterThan(0);
    } finally {
      await ended;
    }
    expect(await dump(app, 'reviews-products')).toEqual(live);
  });

  it('gives the rebuilt tables the storage parameters of the live ones', async () => {
    const options = () =>
      app.query<{ reloptions: string[] | null }>(
        `SELECT reloptions FROM pg_class WHERE oid = 'search.documents'::regclass`,
      );
    const live = await options();
    expect(live[0].reloptions).toContain('toast_tuple_target=256');

    await rebuild(app, 'search-index');

    expect(await options()).toEqual(live);
  });

  it.each(['search-index', 'catalog-enrichment'])(
    'resumes a rebuild of %s interrupted half way and ends equal to live',
    async (name) => {
      const live = await dump(app, name);
      let applied = 0;
      let total = 0;
      const interrupted = rebuild(app, name, {
        batchSize: 10,
        progress: {
          start: (count) => (total = count),
          advance: (count) => {
            applied += count;
            if (applied >= total / 2) throw new Error('interrupted');
          },
        },
      });
      await expect(interrupted).rejects.toThrow('interrupted');
      const [status] = (
        await projectionStatus(app.running.database.dataSource, app.running.database.connection)
      ).filter((projection) => projection.name === name);
      expect(BigInt(status.rebuildPosition ?? '0')).toBeGreaterThan(0n);

      const resumed = await rebuild(app, name, { batchSize: 10 });

      expect(resumed.resumed).toBe(true);
      expect(resumed.replayed).toBeLessThan(total);
      expect(await dump(app, name)).toEqual(live);
    },
  );

  it('keeps every write made while rebuilding and swapping', async () => {
    let writing = true;
    const writes = (async () => {
      const created: string[] = [];
      for (let round = 0; round < 12; round++) {
        const productId = await shoppers.createProduct(`concurrent ${round}`);
        created.push(productId);
        await shoppers.review(productId, 'author-concurrent', `written during rebuild ${round}`);
        await shoppers.rate(productId, 'rater-concurrent', (round % 5) + 1);
        if (round === 11) await shoppers.deleteProduct(created[0]);
      }
      return created;
    })().finally(() => (writing = false));
    let swaps = 0;
    while (writing) {
      await Promise.all(PROJECTION_NAMES.map((name) => rebuild(app, name, { batchSize: 20 })));
      swaps++;
    }
    const created = await writes;
    await settle(app);

    const indexed = await app.query(
      `SELECT product_id FROM search.documents
       WHERE product_id = ANY($1) AND NOT deleted AND review_text LIKE '%written during rebuild%'`,
      [created],
    );
    const rated = await app.query(`SELECT product_id FROM rating.summaries WHERE product_id = ANY($1) AND count = 1`, [
      created,
    ]);
    const known = await app.query(`SELECT deleted FROM reviews.products WHERE product_id = ANY($1)`, [created]);
    const stocked = await app.query(`SELECT deleted FROM inventory.products WHERE product_id = ANY($1)`, [created]);
    expect(swaps).toBeGreaterThanOrEqual(1);
    expect([indexed.length, rated.length]).toEqual([11, 12]);
    expect([known, stocked].map((rows) => rows.filter((row) => row.deleted).length)).toEqual([1, 1]);
    expect([known.length, stocked.length]).toEqual([12, 12]);
    for (const name of PROJECTION_NAMES) {
      const live = await dump(app, name);
      await rebuild(app, name);
      expect(await dump(app, name)).toEqual(live);
    }
  });

  it('makes a live handler wait for the swap instead of writing into the table being replaced', async () => {
    let productId = '';
    await rebuild(app, 'search-index', {
      beforeSwap: async () => {
        productId = await shoppers.createProduct('created during the swap');
        // Either its search handler waits on the projection lock, or (were there no lock) it already wrote.
        await eventually(
          () =>
            app.query(
              `SELECT (SELECT count(*)::int FROM pg_locks WHERE locktype = 'advisory' AND NOT granted) AS waiting,
                      (SELECT count(*)::int FROM search.documents WHERE product_id = $1) AS written`,
              [productId],
            ),
          ([row]) => row.waiting > 0 || row.written > 0,
          { what: 'the live search handler to reach the product' },
        );
      },
    });
    await settle(app);

    const indexed = await app.query(`SELECT name FROM search.documents WHERE product_id = $1`, [productId]);
    expect(indexed).toEqual([{ name: 'Projection created during the swap' }]);
  });

  it('reports each projection position, the head and the lag', async () => {
    await settle(app);
    const statuses = await projectionStatus(app.running.database.dataSource, app.running.database.connection);

    expect(statuses.map((status) => status.name).sort()).toEqual([...PROJECTION_NAMES].sort());
    for (const status of statuses) {
      expect(BigInt(status.position)).toBeGreaterThan(0n);
      expect(BigInt(status.lag)).toBe(BigInt(status.head) - BigInt(status.position));
      expect(status.rebuildPosition).toBeNull();
    }
  });
});
