import { isAcceptableSubject, MAX_SUBJECT_LENGTH } from './token-subject';

describe('isAcceptableSubject', () => {
  it.each([
    'alice',
    'auth0|5f1c9d6b9a10',
    'José Müller-山田',
    'a b',
    '👩‍💻 dev',
    'x'.repeat(MAX_SUBJECT_LENGTH),
    '😀'.repeat(MAX_SUBJECT_LENGTH),
  ])('accepts %j', (sub) => {
    expect(isAcceptableSubject(sub)).toBe(true);
  });

  it.each([
    ['not a string', 42],
    ['empty', ''],
    ['blank', ' \u00a0\u3000'],
    ['invisible', '\u200b\ufeff'],
    ['too long', 'x'.repeat(MAX_SUBJECT_LENGTH + 1)],
    ['too many astral characters', '😀'.repeat(MAX_SUBJECT_LENGTH + 1)],
    ['a NUL', 'a\u0000'],
    ['a line feed', 'a\nb'],
    ['a C1 control', 'a\u0085'],
    ['a lone high surrogate', 'a\ud800'],
    ['a lone low surrogate', '\udc00a'],
    ['swapped surrogates', '\ude00\ud83d'],
    ['a right-to-left override', 'a\u202eb'],
    ['an isolate', '\u2066a\u2069'],
    ['an Arabic letter mark', 'a\u061c'],
  ])('refuses %s', (_, sub) => {
    expect(isAcceptableSubject(sub)).toBe(false);
  });
});
