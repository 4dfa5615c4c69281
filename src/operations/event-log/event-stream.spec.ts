import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { StoredEvent } from '../../shared/messaging/outbox/stored-event';
import { EventLogSlice } from './event-log.reader';
import { EventStream } from './event-stream';
import { streamEnd } from './event-streams';

/** Just enough of a ServerResponse to record what a stream writes. */
class FakeResponse extends EventEmitter {
  chunks: string[] = [];
  writableEnded = false;
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  end(): void {
    this.writableEnded = true;
  }
}

const event = (position: number): StoredEvent => ({
  position: String(position),
  eventId: `e${position}`,
  type: 'things.thing-made.v1',
  module: 'things',
  streamId: 'things.thing:1',
  streamVersion: position,
  occurredAt: '2025-01-01T00:00:00.000Z',
  correlationId: 'c',
  causationId: null,
  actor: 'system',
  payload: {},
  publishedAt: null,
});

describe('event stream', () => {
  let stored: StoredEvent[];
  let wakeUp: () => void;
  let unsubscribed: boolean;
  let response: FakeResponse;

  const source = {
    read: async (_filter: unknown, after: bigint, limit: number): Promise<EventLogSlice> => ({
      events: stored.filter((candidate) => BigInt(candidate.position) > after).slice(0, limit),
      settledUpTo: BigInt(stored.length),
    }),
    subscribe: (wake: () => void) => {
      wakeUp = wake;
      return () => (unsubscribed = true);
    },
  };
  const open = (after = 0n, end = { afterMs: 3_600_000, reason: 'the test ended' }) =>
    new EventStream(
      response as unknown as ServerResponse,
      source,
      {},
      after,
      { heartbeatMs: 15_000, pollMs: 60_000 },
      end,
      () => undefined,
    );
  const sentIds = () => response.chunks.flatMap((chunk) => /^id: (\d+)/.exec(chunk)?.[1] ?? []);
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    stored = [event(1), event(2)];
    unsubscribed = false;
    response = new FakeResponse();
  });

  afterEach(() => jest.useRealTimers());

  it('sends what is stored after the start, then what commits later, each once and in order', async () => {
    const stream = open(1n);
    await settle();
    expect(sentIds()).toEqual(['2']);
    stored.push(event(3), event(4));
    wakeUp();
    wakeUp();
    await settle();
    expect(sentIds()).toEqual(['2', '3', '4']);
    stream.close();
  });

  it('writes a heartbeat comment every 15 seconds', async () => {
    const stream = open();
    await settle();
    const heartbeats = () => response.chunks.filter((chunk) => chunk === ': heartbeat\n\n').length;
    jest.advanceTimersByTime(14_999);
    expect(heartbeats()).toBe(0);
    jest.advanceTimersByTime(1);
    expect(heartbeats()).toBe(1);
    jest.advanceTimersByTime(15_000);
    expect(heartbeats()).toBe(2);
    stream.close();
  });

  it('ends by itself when its time is up, saying why, and sends nothing after', async () => {
    open(0n, { afterMs: 30_000, reason: 'the bearer token expired' });
    await settle();
    jest.advanceTimersByTime(29_999);
    expect(response.writableEnded).toBe(false);
    jest.advanceTimersByTime(1);
    expect(response.writableEnded).toBe(true);
    expect(unsubscribed).toBe(true);
    expect(response.chunks.at(-1)).toBe(
      ': closing: the bearer token expired; reconnect with Last-Event-ID to resume\n\n',
    );
    stored.push(event(3));
    wakeUp();
    await settle();
    expect(sentIds()).toEqual(['1', '2']);
  });

  it('stops everything when the client goes away', async () => {
    open();
    await settle();
    response.emit('close');
    expect(unsubscribed).toBe(true);
    expect(response.writableEnded).toBe(true);
    const written = response.chunks.length;
    jest.advanceTimersByTime(60_000);
    stored.push(event(3));
    await settle();
    expect(response.chunks).toHaveLength(written);
  });
});

describe('stream end', () => {
  const caller = (validUntil: number) => ({
    id: 'admin-1',
    roles: ['admin'],
    isAdmin: true,
    validUntil: new Date(validUntil),
  });
  const now = 1_000_000;

  it('comes when the token expires, if that is before the maximum duration', () => {
    expect(streamEnd(caller(now + 5_000), 60_000, now)).toEqual({ afterMs: 5_000, reason: 'the bearer token expired' });
  });

  it('comes after the maximum duration for a token that lives longer', () => {
    expect(streamEnd(caller(now + 3_600_000), 60_000, now)).toEqual({
      afterMs: 60_000,
      reason: 'the stream reached its maximum duration',
    });
  });

  it('comes at once for a token that expired meanwhile', () => {
    expect(streamEnd(caller(now - 1), 60_000, now).afterMs).toBe(0);
  });
});
