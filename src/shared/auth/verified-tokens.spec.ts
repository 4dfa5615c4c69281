import { AuthenticatedUser } from './authenticated-user';
import { VerifiedTokens } from './verified-tokens';

const user = (validUntil: number, roles: string[] = []): AuthenticatedUser => ({
  id: 'customer-1',
  roles,
  isAdmin: false,
  validUntil: new Date(validUntil),
});

describe('VerifiedTokens', () => {
  let now: number;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  it('answers a token verified before with the user it proved', () => {
    const tokens = new VerifiedTokens(10, 60_000, clock);
    tokens.remember('token-a', user(now + 3_600_000, ['reviewer']));
    expect(tokens.get('token-a')).toMatchObject({ id: 'customer-1', roles: ['reviewer'] });
    expect(tokens.get('token-b')).toBeUndefined();
  });

  it('forgets a token after the time to live, so it is verified again', () => {
    const tokens = new VerifiedTokens(10, 60_000, clock);
    tokens.remember('token-a', user(now + 3_600_000));
    now += 59_999;
    expect(tokens.get('token-a')).toBeDefined();
    now += 1;
    expect(tokens.get('token-a')).toBeUndefined();
  });

  it('never answers a token past its own validity, however long the time to live', () => {
    const tokens = new VerifiedTokens(10, 60_000, clock);
    tokens.remember('token-a', user(now + 5_000));
    now += 4_999;
    expect(tokens.get('token-a')).toBeDefined();
    now += 1;
    expect(tokens.get('token-a')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('holds at most its capacity, dropping the oldest token first', () => {
    const tokens = new VerifiedTokens(2, 60_000, clock);
    tokens.remember('token-a', user(now + 3_600_000));
    tokens.remember('token-b', user(now + 3_600_000));
    tokens.remember('token-c', user(now + 3_600_000));
    expect(tokens.size).toBe(2);
    expect(tokens.get('token-a')).toBeUndefined();
    expect(tokens.get('token-c')).toBeDefined();
  });

  it('hands out a user no request can change for the next one', () => {
    const tokens = new VerifiedTokens(10, 60_000, clock);
    tokens.remember('token-a', user(now + 3_600_000, ['reviewer']));
    expect(() => tokens.get('token-a')!.roles.push('admin')).toThrow();
    expect(tokens.get('token-a')!.roles).toEqual(['reviewer']);
  });
});
