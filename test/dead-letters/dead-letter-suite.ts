import { expectedSummary, rateableProduct, summaryBecomes } from '../rating/rating-fixtures';
import { eventually } from '../support/eventually';
import type { TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

export interface DeadLetterItem {
  id: string;
  consumer: string;
  eventId: string | null;
  type: string | null;
  error: string;
  attempts: number;
  failedAt: string;
  redrivenAt: string | null;
  envelope: { payload?: Record<string, unknown> } & Record<string, unknown>;
}

const CONSUMER = 'rating.recalculate-summary';
const ADMIN = 'admin-dead-letters';

/** What the suite drives: the API, and SQL on the database of the rating module. */
export type DeadLetterTarget = Pick<TestApp, 'api' | 'query' | 'close'>;

/**
 * Operating dead letters through the admin API, the same on every transport and deployment. The fault is real:
 * a trigger makes the rating calculation's table reject writes (as a broken deployment would), so
 * `rating.summary` gives up on product-rated events; dropping the trigger is the fix.
 */
export function describeDeadLetterOperations(
  start: () => Promise<DeadLetterTarget>,
  stop: () => Promise<void> = async () => {},
  /** The API's id of a dead letter stored as `id` (a gateway names the service that keeps it). */
  idOf: (id: string) => string = (id) => id,
) {
  let app: DeadLetterTarget;
  let admin: string;
  let productId: string;

  const breakRatingSummaries = () =>
    app.query(`
      CREATE OR REPLACE FUNCTION public.injected_fault() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'injected fault: summary votes are read-only'; END $$;
      CREATE TRIGGER injected_fault BEFORE INSERT OR UPDATE ON rating.summary_votes
        FOR EACH ROW EXECUTE FUNCTION public.injected_fault();`);
  const fixRatingSummaries = () => app.query(`DROP TRIGGER IF EXISTS injected_fault ON rating.summary_votes`);

  const list = async (query: string) => {
    const response = await app.api.get<{ items: DeadLetterItem[]; nextCursor: string | null }>(
      `/api/v1/admin/dead-letters?${query}`,
      { token: admin },
    );
    expect(response.status).toBe(200);
    return response.body;
  };
  const pendingFor = (userId: string) =>
    eventually(
      () => list(`consumer=${CONSUMER}&status=pending`),
      (page) => page.items.some((item) => item.envelope.payload?.userId === userId),
      { what: `a dead letter of ${userId}'s rating` },
    ).then((page) => page.items.find((item) => item.envelope.payload?.userId === userId)!);
  const rate = async (userId: string, stars: number) => {
    const response = await app.api.put(
      `/api/v1/products/${productId}/ratings/me`,
      { stars },
      { token: await tokenFor(userId) },
    );
    expect(response.status).toBe(200);
  };
  const count = async (sql: string, params: unknown[]) => Number((await app.query(sql, params))[0].count);
  const timesApplied = (eventId: string) =>
    count(`SELECT count(*) FROM messaging.inbox WHERE consumer = $1 AND event_id = $2`, [CONSUMER, eventId]);
  const summariesCausedBy = (eventId: string) =>
    count(
      `SELECT count(*) FROM messaging.event_store WHERE type = 'rating.product-rating-recalculated.v1' AND causation_id = $1`,
      [eventId],
    );

  beforeAll(async () => {
    app = await start();
    admin = await tokenFor(ADMIN, { admin: true });
    productId = await rateableProduct(app, admin);
  });

  afterAll(async () => {
    await app?.close();
    await stop();
  });

  afterEach(() => fixRatingSummaries());

  it('parks a rating the summary cannot apply, shows why, and applies it exactly once after the fix and a redrive', async () => {
    await breakRatingSummaries();
    await rate('customer-1', 4);
    const parked = await pendingFor('customer-1');
    expect(parked).toMatchObject({
      consumer: CONSUMER,
      type: 'rating.product-rated.v1',
      attempts: 2,
      redrivenAt: null,
      envelope: { type: 'rating.product-rated.v1', eventId: parked.eventId },
    });
    expect(parked.error).toContain('injected fault');
    expect(Date.parse(parked.failedAt)).not.toBeNaN();
    expect((await app.api.get(`/api/v1/products/${productId}/rating`)).body.count).toBe(0);

    await fixRatingSummaries();
    const redrive = await app.api.post(`/api/v1/admin/dead-letters/${parked.id}/redrive`, undefined, { token: admin });
    expect(redrive.status).toBe(202);
    expect(redrive.body).toEqual({ accepted: 1, invalid: [] });

    await summaryBecomes(app, expectedSummary(productId, [4]));
    const redriven = await eventually(
      () => list(`consumer=${CONSUMER}`),
      (page) => page.items.find((item) => item.id === parked.id)?.redrivenAt != null,
      { what: 'the dead letter to be marked redriven' },
    );
    expect(redriven.items.filter((item) => item.redrivenAt === null)).toEqual([]);
    expect(await timesApplied(parked.eventId!)).toBe(1);
    expect(await summariesCausedBy(parked.eventId!)).toBe(1);

    const again = await app.api.post(`/api/v1/admin/dead-letters/${parked.id}/redrive`, undefined, { token: admin });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('dead-letter.already-redriven');
  });

  it('parks the event anew when a redrive fails again, and a redrive of the whole consumer applies it once after the fix', async () => {
    await breakRatingSummaries();
    await rate('customer-2', 2);
    const first = await pendingFor('customer-2');

    expect(
      (await app.api.post(`/api/v1/admin/dead-letters/${first.id}/redrive`, undefined, { token: admin })).status,
    ).toBe(202);
    const second = await eventually(
      () => pendingFor('customer-2'),
      (item) => item.id !== first.id,
      { what: 'the failed redrive to be parked again' },
    );
    expect(second).toMatchObject({ eventId: first.eventId, attempts: 2 });
    const all = await list(`consumer=${CONSUMER}`);
    expect(all.items.find((item) => item.id === first.id)?.redrivenAt).not.toBeNull();

    await fixRatingSummaries();
    const bulk = await app.api.post(`/api/v1/admin/dead-letters/redrive?consumer=${CONSUMER}`, undefined, {
      token: admin,
    });
    expect(bulk.status).toBe(202);
    expect(bulk.body).toEqual({ accepted: 1, invalid: [] });
    await summaryBecomes(app, expectedSummary(productId, [4, 2]));
    await eventually(
      () => list(`consumer=${CONSUMER}&status=pending`),
      (page) => page.items.length === 0,
      { what: 'no pending dead letters of the consumer' },
    );
    expect(await timesApplied(first.eventId!)).toBe(1);
    expect(await summariesCausedBy(first.eventId!)).toBe(1);
  });

  it('refuses to redrive a message that never was a valid event, and leaves it listed', async () => {
    const [{ id }] = await app.query<{ id: string }>(
      `INSERT INTO messaging.dead_letter (consumer, envelope, error, attempts)
       VALUES ('rating.invalid-message', '{"raw": "not json"}', 'invalid envelope: not JSON', 1) RETURNING id`,
    );
    const single = await app.api.post(`/api/v1/admin/dead-letters/${idOf(id)}/redrive`, undefined, { token: admin });
    expect(single.status).toBe(409);
    expect(single.headers.get('content-type')).toContain('application/problem+json');
    expect(single.body.code).toBe('dead-letter.invalid-message');

    const bulk = await app.api.post('/api/v1/admin/dead-letters/redrive?consumer=rating.invalid-message', undefined, {
      token: admin,
    });
    expect(bulk.body).toEqual({ accepted: 0, invalid: [idOf(String(id))] });
    const listed = await list('consumer=rating.invalid-message&status=pending');
    expect(listed.items.map((item) => item.id)).toEqual([idOf(String(id))]);
  });

  it('pages through dead letters in the order they were parked', async () => {
    const first = await list('limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(`limit=1&cursor=${first.nextCursor}`);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(Date.parse(second.items[0].failedAt)).toBeGreaterThanOrEqual(Date.parse(first.items[0].failedAt));
    expect((await app.api.get('/api/v1/admin/dead-letters?cursor=nonsense', { token: admin })).status).toBe(400);
    expect((await app.api.get('/api/v1/admin/dead-letters?status=lost', { token: admin })).status).toBe(400);
  });

  it('is for admins only, and answers 404 for an unknown dead letter and 400 without a consumer to redrive', async () => {
    const customer = await tokenFor('customer-1');
    expect((await app.api.get('/api/v1/admin/dead-letters')).status).toBe(401);
    expect((await app.api.get('/api/v1/admin/dead-letters', { token: customer })).status).toBe(403);
    const [{ id }] = await app.query<{ id: string }>(`SELECT min(id) AS id FROM messaging.dead_letter`);
    expect(
      (await app.api.post(`/api/v1/admin/dead-letters/${idOf(String(id))}/redrive`, undefined, { token: customer }))
        .status,
    ).toBe(403);
    const bulk = '/api/v1/admin/dead-letters/redrive?consumer=rating.recalculate-summary';
    expect((await app.api.post(bulk, undefined, { token: customer })).status).toBe(403);

    const unknown = await app.api.post('/api/v1/admin/dead-letters/987654321/redrive', undefined, { token: admin });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('dead-letter.not-found');
    expect((await app.api.post('/api/v1/admin/dead-letters/abc/redrive', undefined, { token: admin })).status).toBe(
      404,
    );
    expect((await app.api.post('/api/v1/admin/dead-letters/redrive', undefined, { token: admin })).status).toBe(400);
  });
}
