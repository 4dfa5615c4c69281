import { StreamVersionConflictError, isStreamVersionConflict, retryOnStreamConflict } from './stream-version-conflict';

const uniqueViolation = (constraint: string) =>
  Object.assign(new Error('duplicate key'), { driverError: { code: '23505', constraint } });

describe('isStreamVersionConflict', () => {
  it("recognises the module's own conflict and the event store's unique (stream, version)", () => {
    expect(isStreamVersionConflict(new StreamVersionConflictError('s:1', 3))).toBe(true);
    expect(isStreamVersionConflict(uniqueViolation('event_store_stream_version_unique'))).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isStreamVersionConflict(uniqueViolation('reservations_pkey'))).toBe(false);
    expect(isStreamVersionConflict(new Error('boom'))).toBe(false);
    expect(isStreamVersionConflict(undefined)).toBe(false);
  });
});

describe('retryOnStreamConflict', () => {
  const exhausted = () => new Error('gave up');

  it('runs the attempt again after a conflict and returns its result', async () => {
    let calls = 0;
    const attempt = async () => {
      calls++;
      if (calls < 3) throw new StreamVersionConflictError('s:1', calls);
      return 'done';
    };
    await expect(retryOnStreamConflict(attempt, { attempts: 5, exhausted })).resolves.toBe('done');
    expect(calls).toBe(3);
  });

  it('gives up with the given error after the last attempt', async () => {
    let calls = 0;
    const attempt = async () => {
      calls++;
      throw new StreamVersionConflictError('s:1', 0);
    };
    await expect(retryOnStreamConflict(attempt, { attempts: 4, exhausted })).rejects.toThrow('gave up');
    expect(calls).toBe(4);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const attempt = async () => {
      calls++;
      throw new Error('boom');
    };
    await expect(retryOnStreamConflict(attempt, { attempts: 4, exhausted })).rejects.toThrow('boom');
    expect(calls).toBe(1);
  });
});
