import { Message } from 'amqplib';
import { EventEnvelope } from '../../integration-event';
import { attemptOf, copyOptions, publicPublishOptions, publishOptions } from './rabbitmq-message';

const envelope: EventEnvelope = {
  eventId: '01900000-0000-7000-8000-000000000001',
  type: 'catalog.product-created.v1',
  streamId: 'catalog.product:p1',
  streamVersion: 3,
  occurredAt: '2025-01-02T03:04:05.678Z',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  actor: 'u1',
  payload: {},
};

const message = (headers: Record<string, unknown>): Message =>
  ({
    content: Buffer.from('{}'),
    fields: {},
    properties: { headers, messageId: 'm1', type: 't' },
  }) as unknown as Message;

describe('publishOptions', () => {
  it('makes a persistent, mandatory message identified by the event id and hashed by stream', () => {
    expect(publishOptions(envelope, 'ecomm-catalog')).toEqual({
      persistent: true,
      mandatory: true,
      userId: 'ecomm-catalog',
      messageId: envelope.eventId,
      type: 'catalog.product-created.v1',
      contentType: 'application/json',
      correlationId: 'corr-1',
      timestamp: 1735787045,
      headers: { correlationId: 'corr-1', causationId: 'cause-1', 'x-stream-id': 'catalog.product:p1' },
    });
  });

  it('omits a missing causation id and adds extra headers', () => {
    const options = publishOptions({ ...envelope, causationId: null }, 'ecomm-catalog', { 'x-attempt': 2 });
    expect(options.headers).toEqual({ correlationId: 'corr-1', 'x-stream-id': 'catalog.product:p1', 'x-attempt': 2 });
  });
});

describe('publicPublishOptions', () => {
  it('identifies a public event by its event id and carries no headers that could link it to a request', () => {
    const { eventId, type, occurredAt, streamId, streamVersion } = envelope;
    const options = publicPublishOptions(
      { eventId, type, occurredAt, streamId, streamVersion, payload: {} },
      'ecomm-catalog',
    );
    expect(options).toEqual({
      persistent: true,
      mandatory: false,
      userId: 'ecomm-catalog',
      messageId: envelope.eventId,
      type: 'catalog.product-created.v1',
      contentType: 'application/json',
      timestamp: 1735787045,
    });
  });
});

describe('attemptOf', () => {
  it('is 1 for a first delivery and the x-attempt header after a retry', () => {
    expect(attemptOf(message({}))).toBe(1);
    expect(attemptOf(message({ 'x-attempt': 3 }))).toBe(3);
    expect(attemptOf(message({ 'x-attempt': 'garbage' }))).toBe(1);
  });
});

describe('copyOptions', () => {
  it('keeps the original headers but drops the broker dead-lettering history', () => {
    const options = copyOptions(message({ a: 1, 'x-death': [{}], 'x-first-death-queue': 'q' }), 'ecomm-search', {
      'x-error': 'bad',
    });
    expect(options.headers).toEqual({ a: 1, 'x-error': 'bad' });
    expect(options).toMatchObject({ persistent: true, messageId: 'm1', type: 't', userId: 'ecomm-search' });
  });

  it('re-sends as the copying user, keeping who published the original in a header', () => {
    const original = message({});
    original.properties.userId = 'guest';
    expect(copyOptions(original, 'ecomm-search', {})).toMatchObject({
      userId: 'ecomm-search',
      headers: { 'x-original-user-id': 'guest' },
    });
  });
});
