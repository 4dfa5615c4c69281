import * as amqplib from 'amqplib';
import { EventEnvelope } from '../../src/shared/messaging/integration-event';
import { encodeEnvelope, publishOptions } from '../../src/shared/messaging/transports/rabbitmq/rabbitmq-message';
import { EventStoreRow, toEnvelope, toStoredEvent } from '../../src/shared/messaging/outbox/stored-event';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { TRANSPORT_ADAPTER, TransportAdapter } from '../../src/shared/messaging/transports/transport-adapter';
import { publishCopies } from '../nats/test-nats';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { TransportUnderTest, transportCases } from '../support/transports';
import { deliveryBacklog } from './support/consistency';
import { snapshotProjections } from './support/projections';
import { Random } from './support/random';
import { Shop, send } from './support/shop';

describe.each(transportCases())('duplicate deliveries on the %s transport', (_, createTransport) => {
  const transport: TransportUnderTest = createTransport();
  let site: Record<string, string>;
  let app: TestApp;
  let shop: Shop;

  /** Handling attempts the consumers counted as duplicates so far (from /metrics). */
  const duplicatesSeen = async () => {
    const text = (await app.api.get<string>('/metrics')).body;
    return [...text.matchAll(/^events_consumed_total\{[^}]*outcome="duplicate"[^}]*\} (\d+)/gm)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
  };
  const count = async (sql: string, params: unknown[] = []) => Number((await app.query(sql, params))[0].count);

  /**
   * Puts every envelope on the wire `times` more times, all at once: straight to the events exchange as
   * a relay would (RabbitMQ), to the events subjects as a relay would after the duplicate window (NATS),
   * or through the transport itself (in-process, where the bus is the wire).
   */
  async function publishAgain(envelopes: readonly EventEnvelope[], times: number): Promise<void> {
    if (site.EVENT_TRANSPORT === 'nats') return publishCopies(site, envelopes, times);
    if (site.EVENT_TRANSPORT === 'inprocess') {
      const wire = app.running.app.get<TransportAdapter>(TRANSPORT_ADAPTER);
      await Promise.all(Array.from({ length: times }, () => wire.publish(envelopes)));
      return;
    }
    const connection = await amqplib.connect(site.RABBITMQ_URL);
    try {
      const channel = await connection.createConfirmChannel();
      for (const envelope of envelopes) {
        for (let copy = 0; copy < times; copy++) {
          const options = publishOptions(envelope, 'guest');
          channel.publish(`${site.RABBITMQ_PREFIX}.events`, envelope.type, encodeEnvelope(envelope), options);
        }
      }
      await channel.waitForConfirms();
    } finally {
      await connection.close();
    }
  }

  const quiescent = () =>
    eventually(
      () => deliveryBacklog(app.query),
      (backlog) => backlog.unpublished === 0 && backlog.lost.length === 0,
      { timeoutMs: 30000, what: 'every event to reach every consumer' },
    );

  beforeAll(async () => {
    await transport.setUp();
    site = transport.env();
    app = await startTestApp(site);
    shop = new Shop(new Random(), 12);
    await shop.stock(app.baseUrl, 2, 500);
    for (let index = 0; index < 120; index++) {
      const command = shop.next();
      shop.observe(command, await send(app.baseUrl, command));
    }
    await quiescent();
  });

  afterAll(async () => {
    await app?.close();
    await transport.tearDown();
  });

  it('changes nothing when every stored event arrives three more times', async () => {
    const before = await snapshotProjections(app.query);
    const events = await count(`SELECT count(*) FROM messaging.event_store`);
    const applied = await count(`SELECT count(*) FROM messaging.inbox`);
    const duplicates = await duplicatesSeen();
    const rows: EventStoreRow[] = await app.query(`SELECT * FROM messaging.event_store ORDER BY position`);
    expect(rows.length).toBeGreaterThan(100);

    await publishAgain(
      rows.map((row) => toEnvelope(toStoredEvent(row))),
      3,
    );

    await eventually(duplicatesSeen, (seen) => seen === duplicates + 3 * applied, {
      timeoutMs: 60000,
      intervalMs: 200,
      what: `${3 * applied} duplicate handling attempts`,
    });
    expect(await count(`SELECT count(*) FROM messaging.inbox`)).toBe(applied);
    expect(await count(`SELECT count(*) FROM messaging.event_store`)).toBe(events);
    expect(await snapshotProjections(app.query)).toEqual(before);
  });

  it('applies a new event once when the wire delivers it three times at once', async () => {
    const [product] = shop.products;
    const envelope = (type: string, streamId: string, payload: Record<string, unknown>): EventEnvelope => ({
      eventId: uuidV7(),
      type,
      streamId,
      streamVersion: 1,
      occurredAt: new Date().toISOString(),
      correlationId: `duplicates-${uuidV7()}`,
      causationId: null,
      actor: 'duplicate-test',
      payload,
    });
    const reviewId = uuidV7();
    const rated = envelope('rating.product-rated.v1', `rating.rating:${product}:newcomer`, {
      productId: product,
      userId: 'newcomer',
      stars: 5,
      previousStars: null,
    });
    const reviewed = envelope('reviews.review-added.v1', `reviews.review:${reviewId}`, {
      reviewId,
      productId: product,
      authorId: 'newcomer',
      title: 'Once',
      body: 'zqonlyoncezq',
    });
    const viewed = envelope('catalog.product-detail-viewed.v1', `catalog.product:${product}`, {
      productId: product,
      views: 5,
      windowStartedAt: new Date().toISOString(),
      windowEndedAt: new Date().toISOString(),
    });
    const ratingCount = await count(`SELECT count FROM rating.summaries WHERE product_id = $1`, [product]);
    const views = await count(`SELECT views AS count FROM inventory.stock WHERE product_id = $1`, [product]);
    const duplicates = await duplicatesSeen();

    await publishAgain([rated, reviewed, viewed], 3);

    // One consumer each, so two of the three copies of each are duplicates.
    await eventually(duplicatesSeen, (seen) => seen === duplicates + 6, {
      timeoutMs: 30000,
      what: 'six duplicate handling attempts',
    });
    await quiescent();
    expect(await count(`SELECT views AS count FROM inventory.stock WHERE product_id = $1`, [product])).toBe(views + 5);
    expect(await count(`SELECT count FROM rating.summaries WHERE product_id = $1`, [product])).toBe(ratingCount + 1);
    expect(await count(`SELECT count(*) FROM messaging.event_store WHERE causation_id = $1`, [rated.eventId])).toBe(1);
    const [document] = await app.query(`SELECT review_text FROM search.documents WHERE product_id = $1`, [product]);
    expect(document.review_text.match(/zqonlyoncezq/g)).toHaveLength(1);
  });
});
