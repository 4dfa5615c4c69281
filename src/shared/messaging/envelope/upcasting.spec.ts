import { EventRegistry, InvalidEventError } from './event-registry';
import { EventEnvelope, IntegrationEvent, Type, upcastFrom } from '../integration-event';
import { uuidV7 } from './uuid-v7';
import { UpcasterChain } from './upcaster-chain';

interface V1 {
  name: string;
}
interface V2 extends V1 {
  tags: string[];
}
interface V3 {
  title: string;
  tags: string[];
}

class ThingMadeV1 extends IntegrationEvent<V1> {
  static override readonly type = 'things.thing-made.v1';
  static override readonly payloadSchema = Type.Unsafe({
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string' } },
  });
}

class ThingMadeV2 extends IntegrationEvent<V2> {
  static override readonly type = 'things.thing-made.v2';
  static override readonly payloadSchema = Type.Unsafe({
    type: 'object',
    required: ['name', 'tags'],
    properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
  });
  static override readonly upcastFrom = upcastFrom(ThingMadeV1, ({ payload }): V2 => ({ ...payload, tags: [] }));
}

class ThingMadeV3 extends IntegrationEvent<V3> {
  static override readonly type = 'things.thing-made.v3';
  static override readonly payloadSchema = Type.Unsafe({
    type: 'object',
    required: ['title', 'tags'],
    properties: { title: { type: 'string', minLength: 1 }, tags: { type: 'array', items: { type: 'string' } } },
  });
  static override readonly upcastFrom = upcastFrom(ThingMadeV2, ({ payload }): V3 => ({
    title: payload.name,
    tags: payload.tags,
  }));
}

const envelope = <P>(type: string, payload: P): EventEnvelope<P> => ({
  eventId: uuidV7(),
  type,
  streamId: 'things.thing:1',
  streamVersion: 3,
  occurredAt: '2025-01-01T00:00:00.000Z',
  correlationId: 'corr-1',
  causationId: null,
  actor: 'alice',
  payload,
});

describe('upcaster chain', () => {
  const chain = new UpcasterChain();
  [ThingMadeV1, ThingMadeV2, ThingMadeV3].forEach((eventClass) => chain.add(eventClass));

  it('upcasts an old version through every step to the current one, keeping identity and extra fields', () => {
    const stored = { ...envelope(ThingMadeV1.type, { name: 'lamp' }), position: '42' };
    const seen: string[] = [];
    const current = chain.upcast(stored, (step) => seen.push(step.type));
    expect(seen).toEqual([ThingMadeV2.type, ThingMadeV3.type]);
    expect(current).toEqual({ ...stored, type: ThingMadeV3.type, payload: { title: 'lamp', tags: [] } });
  });

  it('leaves a current version untouched', () => {
    const stored = envelope(ThingMadeV3.type, { title: 'lamp', tags: ['x'] });
    expect(chain.upcast(stored)).toBe(stored);
    expect(chain.currentType(ThingMadeV1.type)).toBe(ThingMadeV3.type);
    expect(chain.currentType(ThingMadeV3.type)).toBe(ThingMadeV3.type);
  });

  it('refuses an upcaster that skips a version or crosses to another event', () => {
    class Skipping extends IntegrationEvent {
      static override readonly type = 'things.thing-made.v4';
      static override readonly payloadSchema = Type.Unsafe({ type: 'object' });
      static override readonly upcastFrom = upcastFrom(ThingMadeV1, () => ({}));
    }
    class Crossing extends IntegrationEvent {
      static override readonly type = 'things.other-thing.v2';
      static override readonly payloadSchema = Type.Unsafe({ type: 'object' });
      static override readonly upcastFrom = upcastFrom(ThingMadeV1, () => ({}));
    }
    expect(() => new UpcasterChain().add(Skipping)).toThrow(/can only upcast from things.thing-made.v3/);
    expect(() => new UpcasterChain().add(Crossing)).toThrow(/can only upcast from things.other-thing.v1/);
  });

  it('refuses two upcasters of the same version', () => {
    class Rival extends IntegrationEvent {
      static override readonly type = 'things.thing-made.v2';
      static override readonly payloadSchema = Type.Unsafe({ type: 'object' });
      static override readonly upcastFrom = upcastFrom(ThingMadeV1, () => ({}));
    }
    const rivals = new UpcasterChain();
    rivals.add(ThingMadeV2);
    expect(() => rivals.add(Rival)).toThrow(/upcast by both/);
  });
});

describe('event registry with upcasters', () => {
  // Only the current version is listed: the superseded ones are registered through `upcastFrom`.
  const registry = new EventRegistry([ThingMadeV3]);

  it('keeps every superseded version readable', () => {
    expect(registry.types()).toEqual([ThingMadeV1.type, ThingMadeV2.type, ThingMadeV3.type]);
    expect(registry.currentTypeOf(ThingMadeV2.type)).toBe(ThingMadeV3.type);
  });

  it('parses a consumed old version into the current class and shape', () => {
    const event = registry.parse(envelope(ThingMadeV1.type, { name: 'lamp' }));
    expect(event).toBeInstanceOf(ThingMadeV3);
    expect(event.envelope.type).toBe(ThingMadeV3.type);
    expect(event.payload).toEqual({ title: 'lamp', tags: [] });
  });

  it('rejects an old payload that breaks its own version schema', () => {
    expect(() => registry.parse(envelope(ThingMadeV1.type, { name: 7 }))).toThrow(InvalidEventError);
    expect(() => registry.parse(envelope(ThingMadeV1.type, { name: 7 }))).toThrow(
      /invalid things.thing-made.v1 payload/,
    );
  });

  it('rejects an old event whose upcast breaks the current schema', () => {
    expect(() => registry.parse(envelope(ThingMadeV1.type, { name: '' }))).toThrow(
      /invalid things.thing-made.v3 payload/,
    );
  });

  it('upcasts stored envelopes without validating them, and leaves them as stored when an upcaster fails', () => {
    const stored = { ...envelope(ThingMadeV2.type, { name: 'lamp', tags: ['a'] }), position: '7' };
    expect(registry.upcast(stored)).toEqual({
      ...stored,
      type: ThingMadeV3.type,
      payload: { title: 'lamp', tags: ['a'] },
    });
    const broken = envelope(ThingMadeV2.type, null);
    expect(registry.upcast(broken)).toBe(broken);
  });
});
