import { isIP } from 'node:net';
import { TrustProxy } from './app-config';
import { ConfigError } from './config-error';
import { Env } from './env-readers';

/** proxy-addr's names for address ranges, which Fastify's `trustProxy` accepts like addresses. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const MAX_HOPS = 32;

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * `TRUST_PROXY`: whose `X-Forwarded-For` the server believes when it decides a client's address
 * (the rate limit's key). Unset, empty or `none`: nobody, the peer address is the client. A number:
 * that many proxies in front (the right-most addresses they appended are theirs). Otherwise a comma
 * list of proxy addresses and CIDRs (or `loopback`, `linklocal`, `uniquelocal`).
 */
export function trustProxy(env: Env): TrustProxy {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === 'none') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > MAX_HOPS) throw new ConfigError(`TRUST_PROXY must be a hop count of at most ${MAX_HOPS}, got ${raw}`);
    return hops === 0 ? false : hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !isAddressOrRange(entry));
  if (bad !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be "none", a hop count, or a comma list of proxy addresses or CIDRs (e.g. 10.0.0.0/8), got "${bad}"`,
    );
  }
  return entries;
}
