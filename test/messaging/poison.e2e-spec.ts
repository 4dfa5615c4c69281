import { DeadLetterRedrive } from '../../src/shared/messaging/dead-letters/dead-letter-redrive';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { IntegrationEvent, Type } from '../../src/shared/messaging/integration-event';
import { eventually } from '../support/eventually';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { TransportUnderTest, transportCases } from '../support/transports';
import {
  MessagingHarness,
  ThingHappenedIntegrationEvent,
  ThingPayload,
  ThingRenamedIntegrationEvent,
  ThingUpdatedIntegrationEvent,
} from './messaging-harness';

/** `things.thing-happened.v1` as a later release reads it: it also accepts numeric ids. */
class LenientThingHappenedIntegrationEvent extends IntegrationEvent<ThingPayload> {
  static override readonly type = ThingHappenedIntegrationEvent.type;
  static override readonly payloadSchema = Type.Object({
    thingId: Type.Union([Type.String(), Type.Integer()]),
    n: Type.Integer(),
  });
}

const RELAY = 'things.outbox-relay';

/**
 * Poison in the event store: a stored event whose payload no longer validates, and one whose type this
 * release does not know (written by a newer one). Each is parked with its reason; the events after
 * it — of other streams, and later events of its own stream — keep flowing; once a release that can
 * read it runs, redriving its dead letter applies it.
 */
describe.each(transportCases())('unreadable stored events on the %s transport', (_, createTransport) => {
  const transport: TransportUnderTest = createTransport();
  let db: TestDatabase;
  let site: Record<string, string>;
  let harness: MessagingHarness;

  const effectsOf = (thingId: string) =>
    harness.count(`SELECT count(*) FROM public.effects WHERE thing_id = $1`, [thingId]);
  /** Writes a row into the store directly, as another release of the same module would have. */
  const storeRaw = (type: string, thingId: string, streamVersion: number, payload: Record<string, unknown>) =>
    harness.query(
      `INSERT INTO messaging.event_store
         (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, actor, payload)
       VALUES ($1, $2, 'things', $3, $4, now(), $5, 'system', $6) RETURNING event_id`,
      [uuidV7(), type, `things.thing:${thingId}`, streamVersion, uuidV7(), JSON.stringify(payload)],
    );

  beforeAll(() => transport.setUp());
  afterAll(() => transport.tearDown());

  beforeEach(async () => {
    db = await createTestDatabase();
    site = transport.env();
    harness = await MessagingHarness.start(db.url, { env: site });
  });

  afterEach(async () => {
    await harness.close();
    await db.drop();
  });

  it('parks each with its reason, lets the rest flow, and applies it once redriven on a release that reads it', async () => {
    await storeRaw(ThingHappenedIntegrationEvent.type, 'p', 1, { thingId: 42, n: 1 });
    await storeRaw(ThingRenamedIntegrationEvent.type, 'r', 1, { thingId: 'r', n: 1 });
    await harness.record(ThingHappenedIntegrationEvent, 'p', { streamVersion: 2 });
    await harness.record(ThingHappenedIntegrationEvent, 'other');
    await harness.record(ThingUpdatedIntegrationEvent, 'r', { streamVersion: 2 });

    // What follows the poison flows: another stream, and the later events of the poisoned streams.
    await eventually(
      async () => [await effectsOf('p'), await effectsOf('other')],
      ([p, other]) => p === 1 && other === 1,
      { what: 'the events after the unreadable ones to be applied' },
    );
    await eventually(
      () => harness.count(`SELECT count(*) FROM public.thing_projection WHERE stream_id = 'things.thing:r'`),
      (n) => n === 1,
      { what: "the later event of the unknown type's stream to be applied" },
    );
    const parked = await eventually(
      () => harness.query(`SELECT id, consumer, kind, type, error FROM messaging.dead_letter ORDER BY id`),
      (rows) => rows.length === 2,
      { what: 'two dead letters' },
    );
    expect(parked).toEqual([
      expect.objectContaining({ consumer: RELAY, kind: 'unpublishable', type: ThingHappenedIntegrationEvent.type }),
      expect.objectContaining({ consumer: RELAY, kind: 'unpublishable', type: ThingRenamedIntegrationEvent.type }),
    ]);
    expect(parked[0].error).toMatch(/invalid things.thing-happened.v1 payload/);
    expect(parked[1].error).toMatch(/unknown event type things.thing-renamed.v1/);
    expect(
      await harness.count(
        `SELECT count(*) FROM messaging.event_store WHERE parked_at IS NOT NULL AND published_at IS NULL`,
      ),
    ).toBe(2);

    // Redriven on this release, they are still unreadable: refused, and left pending.
    await expect(harness.context.get(DeadLetterRedrive).redriveOne(parked[0].id)).rejects.toThrow(
      /still cannot be read/,
    );

    // A release that reads both.
    await harness.close();
    harness = await MessagingHarness.start(db.url, {
      env: site,
      events: [LenientThingHappenedIntegrationEvent, ThingUpdatedIntegrationEvent, ThingRenamedIntegrationEvent],
    });
    const redrive = harness.context.get(DeadLetterRedrive);
    for (const { id } of parked) await expect(redrive.redriveOne(id)).resolves.toEqual({ accepted: 1, invalid: [] });
    await eventually(
      async () => [await effectsOf('42'), await effectsOf('r')],
      ([numeric, renamed]) => numeric === 1 && renamed === 1,
      { what: 'the redriven events to be applied' },
    );
    await eventually(
      () => harness.count(`SELECT count(*) FROM messaging.event_store WHERE published_at IS NULL`),
      (n) => n === 0,
      { what: 'every stored event to be published' },
    );
    expect(await harness.count(`SELECT count(*) FROM messaging.dead_letter WHERE redriven_at IS NULL`)).toBe(0);
    expect(await harness.count(`SELECT count(*) FROM public.effects`)).toBe(4);
  });
});
