import { ConfigError } from './config-error';

/** The process environment, or a test's stand-in for it. */
export type Env = Record<string, string | undefined>;

/**
 * Readers for one environment variable each. Every one either returns a valid value or throws a
 * `ConfigError` whose message names the variable and the expected form; modules read their own
 * settings with them, so every setting fails the same way.
 */
export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

export function url(env: Env, name: string, protocols: string[], fallback?: string): string | undefined {
  const raw = env[name] || fallback;
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL (${protocols.join(' or ')}), got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}://, got "${parsed.protocol}//"`);
  }
  return raw;
}

/**
 * A comma list of URLs (e.g. the nodes of a cluster), each checked like `url`; at least one. A bad
 * entry is named by its place in the list.
 */
export function urlList(env: Env, name: string, protocols: string[], fallback: string): string[] {
  const entries = (env[name] || fallback).split(',').map((entry) => entry.trim());
  if (entries.some((entry) => entry === '')) {
    throw new ConfigError(`${name} must be one URL or a comma list of URLs, got an empty entry in "${env[name]}"`);
  }
  return entries.map((entry, index) => {
    const label = entries.length > 1 ? `${name} entry ${index + 1}` : name;
    return url({ [label]: entry }, label, protocols)!;
  });
}
