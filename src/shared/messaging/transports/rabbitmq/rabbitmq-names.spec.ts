import { RabbitMqNames } from './rabbitmq-names';

describe('RabbitMqNames', () => {
  const names = new RabbitMqNames('ecomm');

  it('derives every exchange and queue name from the prefix and the module', () => {
    expect(names.eventsExchange).toBe('ecomm.events');
    expect(names.publicExchange).toBe('ecomm.public');
    expect(names.moduleExchange('search')).toBe('ecomm.search');
    expect(names.shardQueues('search', 3)).toEqual(['ecomm.search.0', 'ecomm.search.1', 'ecomm.search.2']);
    expect(names.retryQueue('search', 400)).toBe('ecomm.search.retry.400ms');
    expect(names.deadLetterQueue('search')).toBe('ecomm.search.dlq');
  });

  it('keeps two prefixes on one broker apart', () => {
    const other = new RabbitMqNames('t1a2b');
    expect(other.eventsExchange).not.toBe(names.eventsExchange);
    expect(other.shardQueues('search', 1)).not.toEqual(names.shardQueues('search', 1));
  });
});
