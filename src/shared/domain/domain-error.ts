/** What kind of rule a domain error breaks; the HTTP edge maps each kind to one status code. */
export type DomainErrorKind = 'invalid' | 'not-found' | 'conflict' | 'forbidden' | 'precondition-failed';

/**
 * Base of every business-rule violation. Plain TypeScript so `domain/` stays framework-free;
 * `shared/http` turns it into problem+json (invalid 400, not-found 404, conflict 409,
 * forbidden 403, precondition-failed 412).
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** Stable machine-readable code, e.g. `review.already-exists`. */
    readonly code: string,
    /** The request input that breaks the rule, when one does (`price.currency`); a 400 names it in `errors`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
