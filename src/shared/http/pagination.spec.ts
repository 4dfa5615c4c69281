import { decodeCursor, encodeCursor } from './pagination';
import { ProblemException } from './problem.exception';

function problemOf(work: () => unknown): ProblemException {
  try {
    work();
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('expected a ProblemException');
}

describe('cursor', () => {
  it('round-trips a keyset position as URL-safe text', () => {
    const position = {
      createdAt: '2025-01-01T00:00:00.000Z',
      id: '0190b3c2-7e4f-7a00-8000-000000000000',
      note: 'ä/+?',
    };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ['not base64url', 'abc$%'],
    ['not JSON', Buffer.from('{nope').toString('base64url')],
    ['not an object', Buffer.from('42').toString('base64url')],
    ['an array', Buffer.from('[1]').toString('base64url')],
    ['null', Buffer.from('null').toString('base64url')],
    ['empty', ''],
  ])('rejects a cursor that is %s with a 400 on field cursor', (_, cursor) => {
    const problem = problemOf(() => decodeCursor(cursor)).problem;
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([{ field: 'cursor', message: expect.any(String) }]);
  });
});
