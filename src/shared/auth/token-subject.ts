/** The longest user id a token may carry, in characters (code points). */
export const MAX_SUBJECT_LENGTH = 256;

/** A UTF-16 surrogate without its partner: text that is not Unicode, which PostgreSQL would store as U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Control characters (C0, DEL, C1) and the bidirectional marks, embeddings, overrides and isolates. */
const FORBIDDEN = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Nothing a reader could see: only whitespace and invisible format characters. */
const BLANK = /^[\s\p{Cf}]*$/u;

/**
 * Whether a token's `sub` can be a user id: 1 to 256 characters of well-formed Unicode, not blank,
 * without control or bidi formatting characters. The id is stored, published in events and shown
 * as `authorId`, so a NUL (which PostgreSQL refuses), a lone surrogate (stored as U+FFFD, the same
 * id as another user's), or characters that hide or reorder what an operator reads are refused.
 */
export function isAcceptableSubject(sub: unknown): sub is string {
  // Two UTF-16 units per character at most, so longer strings need no counting.
  if (typeof sub !== 'string' || sub.length > 2 * MAX_SUBJECT_LENGTH) return false;
  if (LONE_SURROGATE.test(sub) || FORBIDDEN.test(sub) || BLANK.test(sub)) return false;
  return [...sub].length <= MAX_SUBJECT_LENGTH;
}
