import { parseCrashPlan } from './fault-points';

describe('crash plan', () => {
  it('is absent when the variable is unset or empty', () => {
    expect(parseCrashPlan(undefined)).toBeUndefined();
    expect(parseCrashPlan('')).toBeUndefined();
  });

  it('crashes on the first pass unless a pass is given', () => {
    expect(parseCrashPlan('after-outbox-commit')).toEqual({ point: 'after-outbox-commit', pass: 1 });
    expect(parseCrashPlan('consumer-before-commit:7')).toEqual({ point: 'consumer-before-commit', pass: 7 });
  });

  it.each(['after-commit', 'after-outbox-commit:0', 'after-outbox-commit:x', 'after-outbox-commit:1:2'])(
    'refuses %s rather than running unarmed',
    (raw) => expect(() => parseCrashPlan(raw)).toThrow(/ECOMM_FAULT_CRASH_AT must be/),
  );
});
