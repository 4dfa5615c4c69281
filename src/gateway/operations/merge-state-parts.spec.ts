import { PartAnswer, ServiceParts, mergeStateParts, mergedDocument } from './merge-state-parts';

const at = (position: string, second: number) => ({ position, occurredAt: `2026-03-01T12:00:0${second}.000Z` });
const catalog = (asOf: PartAnswer['asOf'], phase: PartAnswer['phase'], view: unknown): PartAnswer => ({
  name: 'catalog',
  inline: true,
  view,
  asOf,
  phase,
});
const stock = (asOf: PartAnswer['asOf'], onHand: number): PartAnswer => ({
  name: 'stock',
  inline: false,
  view: { onHand },
  asOf,
});

describe('mergeStateParts', () => {
  const services: ServiceParts[] = [
    {
      module: 'catalog',
      parts: [catalog(at('3', 1), 'live', { name: 'Lamp' }), stock(at('3', 1), 5)],
      deletion: null,
    },
    {
      module: 'inventory',
      parts: [catalog(null, 'not-created', null), stock(at('9', 4), 3)],
      deletion: null,
    },
  ];

  it('takes each part from the service with its latest event, and reads the phase from the lifecycle part', () => {
    const merged = mergeStateParts(services);
    expect(merged.phase).toBe('live');
    expect(merged.parts.map((part) => part.module)).toEqual(['catalog', 'inventory']);
    expect(mergedDocument('p', merged)).toEqual({
      id: 'p',
      name: 'Lamp',
      stock: { onHand: 3 },
      asOf: { position: 'catalog:3,inventory:9', occurredAt: '2026-03-01T12:00:04.000Z' },
    });
  });

  it('is not created when no service stores the lifecycle, and names the deletion by a gateway position', () => {
    const none = services.map((service) => ({
      ...service,
      parts: [catalog(null, 'not-created', null), stock(null, 0)],
    }));
    expect(mergeStateParts(none)).toMatchObject({ phase: 'not-created', asOf: null, deletion: null });
    const deleted = [
      { module: 'catalog', parts: [catalog(at('7', 5), 'deleted', { name: 'Lamp' })], deletion: at('7', 5) },
      { module: 'inventory', parts: [catalog(null, 'not-created', null)], deletion: null },
    ];
    expect(mergeStateParts(deleted)).toMatchObject({ phase: 'deleted', deletion: at('catalog:7', 5) });
  });
});
