import { mergeEventCounts, mergeTopLists } from './merge-analytics';

const range = { from: '2025-03-01T00:00:00.000Z', to: '2025-03-03T00:00:00.000Z' };

describe('analytics merged across services', () => {
  it('sums counts per bucket and type and orders them by bucket then type', () => {
    const merged = mergeEventCounts([
      { bucket: 'day', ...range, items: [{ bucket: '2025-03-02T00:00:00.000Z', type: 'b.x.v1', count: 2 }] },
      {
        bucket: 'day',
        ...range,
        items: [
          { bucket: '2025-03-01T00:00:00.000Z', type: 'c.y.v1', count: 1 },
          { bucket: '2025-03-02T00:00:00.000Z', type: 'b.x.v1', count: 3 },
          { bucket: '2025-03-02T00:00:00.000Z', type: 'a.z.v1', count: 4 },
        ],
      },
    ]);
    expect(merged).toEqual({
      bucket: 'day',
      ...range,
      items: [
        { bucket: '2025-03-01T00:00:00.000Z', type: 'c.y.v1', count: 1 },
        { bucket: '2025-03-02T00:00:00.000Z', type: 'a.z.v1', count: 4 },
        { bucket: '2025-03-02T00:00:00.000Z', type: 'b.x.v1', count: 5 },
      ],
    });
  });

  it('sums top lists per id, orders highest first with ties by id, and keeps the limit', () => {
    const merged = mergeTopLists([
      { by: 'm', ...range, items: [] },
      {
        by: 'm',
        ...range,
        items: [
          { id: 'b', total: 5 },
          { id: 'c', total: 3 },
        ],
      },
      {
        by: 'm',
        ...range,
        items: [
          { id: 'a', total: 3 },
          { id: 'c', total: 1 },
        ],
      },
    ]);
    expect(merged.items).toEqual([
      { id: 'b', total: 5 },
      { id: 'c', total: 4 },
    ]);
    expect(mergeTopLists([{ by: 'm', ...range, items: [] }]).items).toEqual([]);
  });
});
