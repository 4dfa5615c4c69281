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
  instance: string;
  /** Stable machine-readable code, e.g. `review.already-exists`. */
  code?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
