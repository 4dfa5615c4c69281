import { EventEnvelope, PublicShape } from '../integration-event';
import { pickPublic, toPublicEvent } from './public-form';

const envelope = (type: string, payload: unknown): EventEnvelope => ({
  eventId: '01900000-0000-7000-8000-000000000001',
  type,
  streamId: 'things.thing:t1',
  streamVersion: 2,
  occurredAt: '2025-01-02T03:04:05.678Z',
  correlationId: 'request-of-user-42',
  causationId: 'event-of-user-42',
  actor: 'user-42',
  payload,
});

const THING: PublicShape = { thingId: true, label: true, price: { amount: true, currency: true }, tags: true };

describe('toPublicEvent', () => {
  it('keeps the identity and stream position of a public event but drops actor, correlation and causation', () => {
    const thing = { thingId: 't1', label: 'Mug', price: { amount: 1200, currency: 'EUR' }, tags: ['kitchen'] };
    expect(toPublicEvent(envelope('things.thing-changed.v1', thing), THING)).toEqual({
      eventId: '01900000-0000-7000-8000-000000000001',
      type: 'things.thing-changed.v1',
      occurredAt: '2025-01-02T03:04:05.678Z',
      streamId: 'things.thing:t1',
      streamVersion: 2,
      payload: thing,
    });
  });

  it('copies only the declared payload fields, also inside nested objects', () => {
    const event = toPublicEvent(
      envelope('things.thing-changed.v1', {
        thingId: 't1',
        label: 'Mug',
        price: { amount: 1200, currency: 'EUR', costPrice: 300 },
        tags: ['kitchen'],
        createdBy: 'user-42',
      }),
      THING,
    );
    expect(event?.payload).toEqual({
      thingId: 't1',
      label: 'Mug',
      price: { amount: 1200, currency: 'EUR' },
      tags: ['kitchen'],
    });
  });

  it('publishes nothing for an event whose contract declares no public shape', () => {
    expect(toPublicEvent(envelope('things.thing-liked.v1', { thingId: 't1', userId: 'user-42' }), undefined)).toBe(
      undefined,
    );
  });
});

describe('pickPublic', () => {
  it('leaves out a field whose value is not of the allowed kind instead of copying it whole', () => {
    const shape = { name: true, price: { amount: true } } as const;
    expect(pickPublic({ name: { userId: 'user-42' }, price: 'free' }, shape)).toEqual({});
    expect(pickPublic({ name: ['a', { userId: 'user-42' }] }, shape)).toEqual({});
  });
});
