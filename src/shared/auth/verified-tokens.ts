import { AuthenticatedUser } from './authenticated-user';

/**
 * Tokens this process verified a moment ago, with the user each proved, so a client's next requests
 * skip the signature check (a WebCrypto job per request, the largest single cost of a small write
 * after the database's round trips). An entry lives at most `ttlMs` and never past the token's own
 * `validUntil`, so a cached token is accepted exactly as long as verifying it again would accept it
 * while the key stays the same (the shared secret; not a JWKS, whose keys can be withdrawn at any
 * moment). Rejected tokens are never kept.
 * Bounded: when `capacity` entries are held, the oldest one makes room.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { user: AuthenticatedUser; until: number }>();

  constructor(
    private readonly capacity = 5000,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get(token: string): AuthenticatedUser | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (this.now() < entry.until) return entry.user;
    this.entries.delete(token);
    return undefined;
  }

  remember(token: string, user: AuthenticatedUser): void {
    this.entries.delete(token);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    const until = Math.min(this.now() + this.ttlMs, user.validUntil.getTime());
    this.entries.set(token, {
      user: Object.freeze({ ...user, roles: Object.freeze([...user.roles]) as string[] }),
      until,
    });
  }

  get size(): number {
    return this.entries.size;
  }
}
