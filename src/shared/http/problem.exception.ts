import { HttpException } from '@nestjs/common';
import { FieldError } from './problem-details';

/** What an error contributes to its problem+json response; the filter adds `type`, `title` and `instance`. */
export interface ProblemSpec {
  status: number;
  detail: string;
  code?: string;
  errors?: FieldError[];
  /** Response headers the status calls for, e.g. `WWW-Authenticate` on 401 or `Retry-After` on 503. */
  headers?: Record<string, string>;
  /**
   * RFC 9457 extension members the problem type defines (e.g. the last state of a deleted resource);
   * they never replace a standard member.
   */
  members?: Record<string, unknown>;
}

/**
 * An `HttpException` that carries its problem details, for code at the HTTP edge (pipes, guards,
 * parsers of headers and cursors) that knows exactly what the client did wrong.
 */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemSpec) {
    super(problem.detail, problem.status);
  }

  /** A 400 caused by one input field, so clients can point at it like at a validation error. */
  static badField(field: string, message: string): ProblemException {
    return new ProblemException({ status: 400, detail: message, errors: [{ field, message }] });
  }
}
