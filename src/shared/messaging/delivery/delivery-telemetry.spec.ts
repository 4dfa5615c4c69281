import { Logger } from '@nestjs/common';
import { loadConfig } from '../../config/load-config';
import { MetricsService } from '../../observability/metrics.service';
import { DeadLetterRepository } from '../dead-letters/dead-letter.repository';
import { IntegrationEvent, JsonSchema } from '../integration-event';
import { Transaction, UnitOfWork } from '../outbox/unit-of-work';
import { ConsumerRegistration } from '../consumers/consumer-registration';
import { InboxProcessor } from './inbox';
import { ReliableDelivery } from '../consumer/reliable-delivery';

class ThingHappened extends IntegrationEvent<{ thingId: string }> {
  static override readonly type = 'things.thing-happened.v1';
  static override readonly payloadSchema: JsonSchema = { type: 'object' };
}

const event = new ThingHappened({
  eventId: '01900000-0000-7000-8000-000000000001',
  type: ThingHappened.type,
  streamId: 'things.thing:1',
  streamVersion: 1,
  occurredAt: new Date().toISOString(),
  correlationId: 'corr-telemetry',
  causationId: null,
  actor: 'alice',
  payload: { thingId: '1' },
});

/** A unit of work whose inbox insert reports "new" `fresh` times, then "already seen". */
function fakeUnitOfWork(seen: { duplicate: boolean }): UnitOfWork {
  const tx = { manager: { query: async () => (seen.duplicate ? [] : [1]) }, record: jest.fn() };
  return { run: (work: (tx: Transaction) => Promise<unknown>) => work(tx as unknown as Transaction) } as UnitOfWork;
}

describe('consumer telemetry', () => {
  let metrics: MetricsService;
  let logged: Array<Record<string, unknown>>;
  let failuresLeft: number;
  const seen = { duplicate: false };
  const registration: ConsumerRegistration = {
    consumer: 'things.effects',
    module: 'things',
    eventClass: ThingHappened,
    handler: {
      handle: async () => {
        if (failuresLeft-- > 0) throw new Error('boom');
      },
    },
  };
  const deadLetters = { park: jest.fn(async () => undefined) } as unknown as DeadLetterRepository;
  const deliver = () => {
    const config = loadConfig(
      { CONSUMER_MAX_ATTEMPTS: '3', CONSUMER_BACKOFF_MS: '1', CONSUMER_MAX_BACKOFF_MS: '1' },
      [],
    );
    const inbox = new InboxProcessor(fakeUnitOfWork(seen), metrics);
    return new ReliableDelivery(config, inbox, deadLetters).deliver(registration, event);
  };
  const text = () => metrics.registry.metrics();

  beforeEach(() => {
    metrics = new MetricsService();
    logged = [];
    seen.duplicate = false;
    jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => void logged.push(message as never));
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('logs one structured line per handled event with its correlation id and duration', async () => {
    failuresLeft = 0;
    expect(await deliver()).toBe('applied');
    expect(logged).toEqual([
      {
        consumer: 'things.effects',
        type: ThingHappened.type,
        eventId: event.envelope.eventId,
        outcome: 'applied',
        durationMs: expect.any(Number),
        correlationId: 'corr-telemetry',
      },
    ]);
    expect(await text()).toContain(
      'events_consumed_total{consumer="things.effects",type="things.thing-happened.v1",outcome="applied"} 1',
    );
  });

  it('counts a duplicate delivery as such', async () => {
    failuresLeft = 0;
    seen.duplicate = true;
    expect(await deliver()).toBe('duplicate');
    expect(logged[0]).toMatchObject({ outcome: 'duplicate' });
  });

  it('counts each failed attempt, each retry and the final dead-lettering', async () => {
    failuresLeft = Infinity;
    expect(await deliver()).toBe('dead-lettered');
    const metricsText = await text();
    expect(metricsText).toContain(
      'events_consumed_total{consumer="things.effects",type="things.thing-happened.v1",outcome="failed"} 3',
    );
    expect(metricsText).toContain('events_retried_total{consumer="things.effects",type="things.thing-happened.v1"} 2');
    expect(metricsText).toContain(
      'events_consumed_total{consumer="things.effects",type="things.thing-happened.v1",outcome="dead-lettered"} 1',
    );
    expect(logged.map((line) => line.outcome)).toEqual(['failed', 'failed', 'failed', 'dead-lettered']);
    expect(logged[0]).toMatchObject({ error: 'boom' });
  });

  it('works without metrics', async () => {
    failuresLeft = 1;
    const config = loadConfig({ CONSUMER_BACKOFF_MS: '1' }, []);
    const inbox = new InboxProcessor(fakeUnitOfWork(seen));
    await expect(new ReliableDelivery(config, inbox, deadLetters).deliver(registration, event)).resolves.toBe(
      'applied',
    );
  });
});
