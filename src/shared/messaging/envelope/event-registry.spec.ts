import { EventRegistry, InvalidEventError } from './event-registry';
import { IntegrationEvent, Static, Type } from '../integration-event';
import { uuidV7 } from './uuid-v7';

const ThingHappenedPayload = Type.Object({ thingId: Type.String() });

class ThingHappened extends IntegrationEvent<Static<typeof ThingHappenedPayload>> {
  static override readonly type = 'things.thing-happened.v1';
  static override readonly payloadSchema = ThingHappenedPayload;
  static override readonly subjects = { thing: 'thingId' };
}

class ThingLiked extends IntegrationEvent<{ thingId: string; likerId: string }> {
  static override readonly type = 'things.thing-liked.v1';
  static override readonly payloadSchema = Type.Object({ thingId: Type.String(), likerId: Type.String() });
  static override readonly subjects = { thing: 'thingId', person: 'likerId' };
}

const envelope = (overrides: Record<string, unknown> = {}) => ({
  eventId: uuidV7(),
  type: ThingHappened.type,
  streamId: 'things.thing:1',
  streamVersion: 1,
  occurredAt: new Date().toISOString(),
  correlationId: 'corr-1',
  causationId: null,
  actor: 'alice',
  payload: { thingId: '1' },
  ...overrides,
});

describe('event registry', () => {
  const registry = new EventRegistry([ThingHappened]);

  it('turns a valid envelope into its event class', () => {
    const event = registry.parse(envelope());
    expect(event).toBeInstanceOf(ThingHappened);
    expect(event.payload).toEqual({ thingId: '1' });
  });

  it.each([
    ['an unknown type', { type: 'things.other.v1' }, /unknown event type/],
    ['a missing event id', { eventId: undefined }, /invalid envelope/],
    ['a zero stream version', { streamVersion: 0 }, /invalid envelope/],
    ['a payload that breaks its schema', { payload: { thingId: 42 } }, /invalid things.thing-happened.v1 payload/],
  ])('rejects %s as an invalid event', (_, overrides, message) => {
    expect(() => registry.parse(envelope(overrides))).toThrow(InvalidEventError);
    expect(() => registry.parse(envelope(overrides))).toThrow(message);
  });

  it('rejects a wire name that does not follow <module>.<event>.v<N>', () => {
    class Bad extends IntegrationEvent {
      static override readonly type = 'ThingHappened';
      static override readonly payloadSchema = Type.Object({});
    }
    expect(() => new EventRegistry([Bad])).toThrow(/must declare static type/);
  });

  it('groups the types that declare a subject by the payload field holding its id', () => {
    const withSubjects = new EventRegistry([ThingHappened, ThingLiked]);
    expect(withSubjects.subjects()).toEqual(['person', 'thing']);
    expect(withSubjects.subjectFields('thing')).toEqual([
      { field: 'thingId', types: ['things.thing-happened.v1', 'things.thing-liked.v1'] },
    ]);
    expect(withSubjects.subjectFields('person')).toEqual([{ field: 'likerId', types: ['things.thing-liked.v1'] }]);
  });

  it('refuses two classes claiming one wire name', () => {
    class Twin extends ThingHappened {}
    expect(() => new EventRegistry([ThingHappened, Twin])).toThrow(/declared by both/);
  });
});

describe('uuid v7', () => {
  it('is a version-7 RFC 9562 UUID that sorts by creation time', () => {
    const earlier = uuidV7(1_700_000_000_000);
    const later = uuidV7(1_700_000_000_001);
    expect(earlier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(earlier < later).toBe(true);
  });
});
