import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventually } from '../support/eventually';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { EventItem } from './event-store-fixtures';

const WRITERS = 6;
const TRANSACTIONS_PER_WRITER = 25;
const TYPE = 'loadtest.thing-written.v1';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const randomDelay = (maxMs: number) => sleep(Math.floor(Math.random() * maxMs));

/**
 * Appends like the application does, but with the worst timing: the transaction may take its id
 * early (as when it changed state first), draws its position, then commits after a random delay
 * or rolls back; so positions become visible out of order and leave gaps.
 */
async function writer(url: string, index: number, committed: Set<string>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (let n = 0; n < TRANSACTIONS_PER_WRITER; n++) {
      const eventIds = [randomUUID(), randomUUID()].slice(0, 1 + (n % 2));
      await client.query('BEGIN');
      if (Math.random() < 0.5) {
        await client.query('SELECT pg_current_xact_id()');
        await randomDelay(15);
      }
      for (const [offset, eventId] of eventIds.entries()) {
        await client.query(
          `INSERT INTO messaging.event_store
             (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload, published_at)
           VALUES ($1, $2, 'loadtest', $3, $4, now(), 'load', 'system', '{}', now())`,
          [eventId, TYPE, `loadtest.thing:${index}`, n * 2 + offset + 1],
        );
      }
      await randomDelay(30);
      if (Math.random() < 0.1) {
        await client.query('ROLLBACK');
      } else {
        await client.query('COMMIT');
        eventIds.forEach((eventId) => committed.add(eventId));
      }
    }
  } finally {
    await client.end();
  }
}

describe('event store paging under concurrent writes', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
  });

  afterAll(() => app?.close());

  it('keyset pagination returns every event exactly once across pages while writes continue', async () => {
    const committed = new Set<string>();
    let writing = true;
    const writers = Promise.all(
      Array.from({ length: WRITERS }, (_, index) => writer(app.database.url, index, committed)),
    ).finally(() => (writing = false));

    const seen: EventItem[] = [];
    let after = '0';
    const readPage = async () => {
      const page = await app.api.get(`/api/v1/events?type=${TYPE}&limit=7&after=${after}`, { token: admin });
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      if (page.body.items.length > 0) after = page.body.items.at(-1).position;
      return page.body.items.length;
    };
    while (writing) {
      await readPage();
      await randomDelay(5);
    }
    await writers;
    await eventually(readPage, () => seen.length >= committed.size, { what: 'the reader to catch up' });
    expect(await readPage()).toBe(0);

    const ids = seen.map((item) => item.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...committed].sort());
    const positions = seen.map((item) => BigInt(item.position));
    expect(positions.every((position, i) => i === 0 || position > positions[i - 1])).toBe(true);
  });
});
