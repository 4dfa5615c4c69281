const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether anything in `text` could be an upper-case UUID (a hex letter in upper case). */
const MAY_SHOUT = /[A-F]/;

/** A percent-encoded URL component decoded (in a query, `+` is a space); malformed ones stay as sent. */
export function decoded(text: string, plusIsSpace: boolean): string {
  try {
    return decodeURIComponent(plusIsSpace ? text.replace(/\+/g, ' ') : text);
  } catch {
    return text;
  }
}

/**
 * An id in its one canonical spelling: every `:`-separated part that is a UUID in lower case
 * (UUIDs are case-insensitive, RFC 9562), so `0190F7A2-…` and `things.thing:0190F7A2-…` name the
 * same thing as their lower-case forms. Anything else is returned unchanged.
 */
export function canonicalId(value: string): string {
  if (!MAY_SHOUT.test(value)) return value;
  return value
    .split(':')
    .map((part) => (UUID.test(part) ? part.toLowerCase() : part))
    .join(':');
}

function canonicalSegment(segment: string): string {
  const value = segment.includes('%') ? decoded(segment, false) : segment;
  const canonical = canonicalId(value);
  return canonical === value ? segment : encodeURIComponent(canonical);
}

function canonicalParameter(pair: string): string {
  const equals = pair.indexOf('=');
  if (equals < 0) return pair;
  const value = decoded(pair.slice(equals + 1), true);
  const canonical = canonicalId(value);
  return canonical === value ? pair : `${pair.slice(0, equals + 1)}${encodeURIComponent(canonical)}`;
}

/**
 * The request target with every id in its path segments and query values canonical (see
 * `canonicalId`), percent-encoded ones included; everything else stays byte for byte as sent.
 * Used as Fastify's `rewriteUrl`, before routing, so route parameters, the query, idempotency
 * scopes, logs and the events a request records all see the canonical form.
 */
export function canonicalUrl(url: string): string {
  if (!MAY_SHOUT.test(url) && !url.includes('%')) return url;
  const question = url.indexOf('?');
  const path = question < 0 ? url : url.slice(0, question);
  const canonicalPath = path.split('/').map(canonicalSegment).join('/');
  if (question < 0) return canonicalPath;
  return `${canonicalPath}?${url
    .slice(question + 1)
    .split('&')
    .map(canonicalParameter)
    .join('&')}`;
}

/** A parsed JSON body with every string value canonical (see `canonicalId`), at any depth; keys are kept. */
export function canonicalIds(value: unknown): unknown {
  if (typeof value === 'string') return canonicalId(value);
  if (Array.isArray(value)) return value.map(canonicalIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, canonicalIds(child)]));
}
