import { decoded } from '../http/canonical-ids';

/**
 * Query parameters whose values are credentials: OAuth tokens and codes (`access_token`,
 * `id_token`, `code`, …), passwords, API keys, signatures of pre-signed URLs, session ids.
 */
const SECRET_PARAMETER =
  /^(?:[\w.-]*(?:token|secret|password|passwd|credentials?|signature)|pwd|api[_-]?key|key|auth|authorization|jwt|session(?:[_-]?id)?|sig|code)$/i;

export const REDACTED = '[redacted]';

/**
 * The URL as it may be logged: the value of every query parameter that carries a credential is
 * replaced by `[redacted]`; everything else is kept as sent. Clients should send credentials in
 * headers, but some put `access_token=` in the URL, and logs must not keep it.
 */
export function redactUrl(url: string): string {
  const question = url.indexOf('?');
  if (question < 0) return url;
  const query = url
    .slice(question + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      return equals >= 0 && SECRET_PARAMETER.test(decoded(name, true)) ? `${name}=${REDACTED}` : pair;
    });
  return `${url.slice(0, question + 1)}${query.join('&')}`;
}
