import { NatsNames, partitionOf } from './nats-names';

describe('NatsNames', () => {
  const names = new NatsNames('ecomm');

  it('derives every stream, consumer, bucket and subject from the prefix', () => {
    expect(names.eventsStream).toBe('ecomm-events');
    expect(names.eventsSubjects).toBe('ecomm.events.>');
    expect(names.publicSubject('catalog.product-created.v1')).toBe('ecomm.public.catalog.product-created.v1');
    expect(names.eventSubject('catalog.product-created.v1', 3)).toBe('ecomm.events.3.catalog.product-created.v1');
    expect(names.redriveSubject('search', 3)).toBe('ecomm.events.3._redrive.search');
    expect(names.partitionFilter(3)).toBe('ecomm.events.3.>');
    expect(names.consumer('search', 3)).toBe('search-3');
    expect(names.deadLetterSubject('search')).toBe('ecomm.dead-letters.search');
    expect(names.leaseBucket).toBe('ecomm-leases');
  });

  it('reads from a subject what it carries and who may publish it', () => {
    expect(names.parse('ecomm.events.3.catalog.product-created.v1')).toEqual({
      type: 'catalog.product-created.v1',
      publisher: 'catalog',
    });
    expect(names.parse('ecomm.events.0._redrive.search')).toEqual({ redriveFor: 'search', publisher: 'search' });
    expect(names.parse('ecomm.events.0.garbage')).toBeUndefined();
    expect(names.parse('ecomm.events.0._redrive.search.extra')).toBeUndefined();
    expect(names.parse('other.events.0.catalog.product-created.v1')).toBeUndefined();
  });

  it('keeps two prefixes on one server apart', () => {
    const other = new NatsNames('t1a2b');
    expect(other.eventsStream).not.toBe(names.eventsStream);
    expect(other.parse(names.eventSubject('catalog.product-created.v1', 0))).toBeUndefined();
  });
});

describe('partitionOf', () => {
  it('puts every event of a stream on one partition, and spreads streams over all of them', () => {
    expect(partitionOf('catalog.product:1', 4)).toBe(partitionOf('catalog.product:1', 4));
    const used = new Set(Array.from({ length: 200 }, (_, index) => partitionOf(`catalog.product:${index}`, 4)));
    expect([...used].sort()).toEqual([0, 1, 2, 3]);
  });
});
