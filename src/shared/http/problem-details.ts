import { STATUS_CODES } from 'node:http';

/** One invalid input field, named by its dotted path in the request (`price.amount`, `items.0.sku`). */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details: the body of every error response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request's path; absent only when Node could not even parse the request. */
  instance?: string;
  /** Stable machine-readable code, e.g. `review.already-exists`. */
  code?: string;
  /** At most `MAX_LISTED_ERRORS` of the invalid fields. */
  errors?: FieldError[];
  /** How many fields were invalid in all, present when `errors` lists only some of them. */
  errorCount?: number;
}

/** A problem names this many invalid fields at most, so its size does not grow with the request. */
export const MAX_LISTED_ERRORS = 20;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The problem for `status`, titled with its HTTP status phrase; `instance` is the path, when there is one. */
export function problemDetails(status: number, detail: string, instance?: string): ProblemDetails {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    ...(instance !== undefined && { instance }),
  };
}
