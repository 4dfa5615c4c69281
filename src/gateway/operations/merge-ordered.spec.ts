import { mergeOrdered } from './merge-ordered';

describe('mergeOrdered', () => {
  const at = (time: string, id: string) => ({ time, id });
  const sequences = [
    { module: 'catalog', items: [at('10', 'c1'), at('30', 'c2'), at('20', 'c3')] },
    { module: 'rating', items: [at('15', 'r1'), at('30', 'r2')] },
  ];

  it("interleaves by key, keeping each service's own order and the services' order on ties", () => {
    const merged = mergeOrdered(sequences, (item) => item.time, 10).map(({ item }) => item.id);
    // c3 (time 20) stays behind c2: a service's own order is never changed.
    expect(merged).toEqual(['c1', 'r1', 'c2', 'c3', 'r2']);
  });

  it('stops at the limit, taking each service only up to a prefix', () => {
    const merged = mergeOrdered(sequences, (item) => item.time, 3);
    expect(merged.map(({ module, item }) => `${module}:${item.id}`)).toEqual(['catalog:c1', 'rating:r1', 'catalog:c2']);
  });
});
