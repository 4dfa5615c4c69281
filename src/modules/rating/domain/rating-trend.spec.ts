import { emptyHistogram } from './histogram';
import { foldTrendPoints, trendSeries } from './rating-trend';

const histogram = (h: Partial<Record<1 | 2 | 3 | 4 | 5, number>>) => ({ ...emptyHistogram(), ...h });
const PRODUCT = '0190F7A2-6C1E-7CC4-9A53-2F1C9D6B9A10';

describe('rating trend', () => {
  it('keeps, per product, width and bucket, the summary with the highest version, in any order', () => {
    const points = foldTrendPoints([
      { productId: PRODUCT, histogram: histogram({ 5: 2 }), version: 2, occurredAt: new Date('2026-01-01T10:20:00Z') },
      { productId: PRODUCT, histogram: histogram({ 5: 1 }), version: 1, occurredAt: new Date('2026-01-01T10:10:00Z') },
      {
        productId: PRODUCT,
        histogram: histogram({ 5: 2, 1: 1 }),
        version: 3,
        occurredAt: new Date('2026-01-01T11:00:00Z'),
      },
    ]);
    const summary = points.map((p) => `${p.level} ${p.bucket.toISOString()} v${p.version} ${p.productId}`);
    expect(summary.sort()).toEqual([
      `day 2026-01-01T00:00:00.000Z v3 ${PRODUCT.toLowerCase()}`,
      `hour 2026-01-01T10:00:00.000Z v2 ${PRODUCT.toLowerCase()}`,
      `hour 2026-01-01T11:00:00.000Z v3 ${PRODUCT.toLowerCase()}`,
    ]);
  });

  it('answers the state at the end of each bucket, carried through quiet buckets', () => {
    const series = trendSeries(
      'day',
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-01-05T00:00:00Z'),
      [
        { bucket: new Date('2026-01-02T00:00:00Z'), histogram: histogram({ 4: 1, 5: 1 }) },
        { bucket: new Date('2026-01-04T00:00:00Z'), histogram: histogram({ 1: 1, 4: 1, 5: 1 }) },
      ],
      histogram({ 5: 1 }),
    );
    expect(
      series.map((v) => [v.bucket.toISOString().slice(0, 10), v.end.toISOString().slice(0, 10), v.count, v.average]),
    ).toEqual([
      ['2026-01-01', '2026-01-02', 1, 5],
      ['2026-01-02', '2026-01-03', 2, 4.5],
      ['2026-01-03', '2026-01-04', 2, 4.5],
      ['2026-01-04', '2026-01-05', 3, 3.33],
    ]);
  });

  it('starts from no ratings when nothing came before', () => {
    const series = trendSeries('hour', new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T02:00:00Z'), []);
    expect(series.map((v) => [v.count, v.average])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});
