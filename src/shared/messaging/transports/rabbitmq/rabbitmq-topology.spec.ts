import { Channel } from 'amqplib';
import { RabbitMqNames } from './rabbitmq-names';
import { TopologySettings, declareModuleTopology, retryQueueArguments, shardQueueArguments } from './rabbitmq-topology';

const settings = (overrides: Partial<TopologySettings> = {}): TopologySettings => ({
  names: new RabbitMqNames('p'),
  queueType: 'quorum',
  deliveryLimit: 20,
  shards: 2,
  retryDelaysMs: [100, 200, 200],
  ...overrides,
});

/** Records the broker operations a declaration performs. */
function recordingChannel() {
  const calls: string[] = [];
  const channel = {
    assertExchange: async (name: string, type: string) => void calls.push(`exchange ${name} ${type}`),
    assertQueue: async (name: string) => void calls.push(`queue ${name}`),
    bindQueue: async (queue: string, exchange: string, key: string) =>
      void calls.push(`bind ${exchange} -> ${queue} (${key})`),
    bindExchange: async (destination: string, source: string, key: string) =>
      void calls.push(`bind ${source} -> ${destination} (${key})`),
  };
  return { calls, channel: channel as unknown as Channel };
}

describe('module topology', () => {
  it('binds each module only to the event types its handlers declare', async () => {
    const { calls, channel } = recordingChannel();
    await declareModuleTopology(channel, settings(), 'search', [
      'catalog.product-created.v1',
      'catalog.product-updated.v1',
    ]);
    expect(calls.filter((call) => call.startsWith('bind p.events'))).toEqual([
      'bind p.events -> p.search (catalog.product-created.v1)',
      'bind p.events -> p.search (catalog.product-updated.v1)',
    ]);
  });

  it('declares shard, retry and dead-letter queues, reachable without the default exchange, before any event can route to them', async () => {
    const { calls, channel } = recordingChannel();
    await declareModuleTopology(channel, settings(), 'search', ['catalog.product-created.v1']);
    expect(calls).toEqual([
      'exchange p.events topic',
      'exchange p.search x-consistent-hash',
      'queue p.search.dlq',
      'exchange p.search.dlx direct',
      'bind p.search.dlx -> p.search.dlq (p.search.dlq)',
      'exchange p.search.retry direct',
      'queue p.search.0',
      'bind p.search -> p.search.0 (1)',
      'queue p.search.1',
      'bind p.search -> p.search.1 (1)',
      'queue p.search.retry.100ms',
      'bind p.search.retry -> p.search.retry.100ms (p.search.retry.100ms)',
      'queue p.search.retry.200ms',
      'bind p.search.retry -> p.search.retry.200ms (p.search.retry.200ms)',
      'bind p.events -> p.search (catalog.product-created.v1)',
    ]);
  });
});

describe('queue arguments', () => {
  it('makes quorum shard queues single-active-consumer with a delivery limit and at-least-once dead-lettering', () => {
    expect(shardQueueArguments(settings(), 'search')).toEqual({
      'x-queue-type': 'quorum',
      'x-single-active-consumer': true,
      'x-dead-letter-exchange': 'p.search.dlx',
      'x-dead-letter-routing-key': 'p.search.dlq',
      'x-delivery-limit': 20,
      'x-dead-letter-strategy': 'at-least-once',
      'x-overflow': 'reject-publish',
    });
  });

  it('leaves out quorum-only arguments for classic queues', () => {
    expect(shardQueueArguments(settings({ queueType: 'classic' }), 'search')).toEqual({
      'x-queue-type': 'classic',
      'x-single-active-consumer': true,
      'x-dead-letter-exchange': 'p.search.dlx',
      'x-dead-letter-routing-key': 'p.search.dlq',
    });
  });

  it('expires retry messages after their delay back into the module exchange', () => {
    expect(retryQueueArguments(settings({ queueType: 'classic' }), 'search', 400)).toEqual({
      'x-queue-type': 'classic',
      'x-message-ttl': 400,
      'x-dead-letter-exchange': 'p.search',
    });
  });
});
