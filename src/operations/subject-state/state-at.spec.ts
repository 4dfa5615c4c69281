import { ProblemException } from '../../shared/http/problem.exception';
import { parseStateAt } from './state-at';

describe('parseStateAt', () => {
  it('reads nothing as now, digits as a position and a zoned ISO timestamp as an instant', () => {
    expect(parseStateAt(undefined)).toEqual({ kind: 'now' });
    expect(parseStateAt('0')).toEqual({ kind: 'position', position: 0n });
    expect(parseStateAt('1042')).toEqual({ kind: 'position', position: 1042n });
    expect(parseStateAt('2026-03-01T12:00:00.123Z')).toEqual({
      kind: 'instant',
      epochMs: Date.UTC(2026, 2, 1, 12, 0, 0, 123),
    });
    expect(parseStateAt('2026-03-01T12:00+02:00')).toEqual({ kind: 'instant', epochMs: Date.UTC(2026, 2, 1, 10) });
    expect(parseStateAt('2024-02-29T00:00:00Z')).toEqual({ kind: 'instant', epochMs: Date.UTC(2024, 1, 29) });
    expect(parseStateAt('2000-02-29T00:00:00Z')).toEqual({ kind: 'instant', epochMs: Date.UTC(2000, 1, 29) });
  });

  it.each([
    '',
    'yesterday',
    '01',
    '-1',
    '2026-03-01',
    '2026-03-01T12:00:00',
    '2026-02-30T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '1'.repeat(19),
  ])('refuses %p with a 400 naming at', (at) => {
    let thrown: unknown;
    try {
      parseStateAt(at);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemException);
    expect((thrown as ProblemException).problem).toMatchObject({ status: 400, errors: [{ field: 'at' }] });
  });
});
