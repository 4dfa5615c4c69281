import { ProblemException } from '../../shared/http/problem.exception';
import { MergedPosition } from './merged-position';

const known = (module: string) => ['catalog', 'reviews', 'rating'].includes(module);

describe('MergedPosition', () => {
  it('reads and writes one position per service, in a stable order, 0 meaning the beginning', () => {
    const position = MergedPosition.parse('reviews:77,catalog:1042', 'after', known);
    expect(position.of('catalog')).toBe('1042');
    expect(position.of('rating')).toBe('0');
    expect(position.toString()).toBe('catalog:1042,reviews:77');
    expect(MergedPosition.parse('0', 'after', known).toString()).toBe('0');
    expect(MergedPosition.parse('catalog:0', 'after', known).toString()).toBe('0');
  });

  it('advances one service at a time', () => {
    const position = MergedPosition.START.advance('rating', '5').advance('catalog', '9').advance('rating', '6');
    expect(position.toString()).toBe('catalog:9,rating:6');
    expect(() => position.advance('rating', 'x')).toThrow(/malformed/);
  });

  it.each(['1042', 'catalog', 'catalog:01', 'payments:3', 'catalog:1,catalog:2', 'catalog:1;reviews:2'])(
    'refuses %j with a 400 naming the parameter',
    (text) => {
      expect(() => MergedPosition.parse(text, 'after', known)).toThrow(ProblemException);
      expect(() => MergedPosition.parse(text, 'after', known)).toThrow(/after must be a position from this gateway/);
    },
  );
});
