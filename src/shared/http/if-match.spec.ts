import { parseIfMatch } from './if-match';
import { ProblemException } from './problem.exception';

describe('parseIfMatch', () => {
  it('treats a missing header as no precondition', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
  });

  it.each([
    ['3', 3],
    ['"3"', 3],
    ['W/"3"', 3],
    [' "12" ', 12],
    ['0', 0],
  ])('reads %s as version %i', (header, version) => {
    expect(parseIfMatch(header)).toBe(version);
  });

  it.each(['', '*', 'abc', '"3', '3"', 'w/"3"', '"-1"', '"1.5"', '"3", "4"', 'W/3', '1234567890123456'])(
    'rejects %j with a 400',
    (header) => {
      expect(() => parseIfMatch(header)).toThrow(ProblemException);
      try {
        parseIfMatch(header);
      } catch (error) {
        expect((error as ProblemException).problem).toMatchObject({ status: 400, errors: [{ field: 'If-Match' }] });
      }
    },
  );
});
