import { getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../problem-details';
import { ProblemDetailsDto } from '../problem.schema';
import { IDEMPOTENT_METHODS } from './idempotency-key';

const HEADER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes the request safe to retry: a retry with the same key and body within the retention period (24 h by ' +
    'default) returns the first response (with `Idempotent-Replayed: true`) without a second effect. Keys are ' +
    'scoped to the caller, method, path and query string; only successful responses are kept.',
  schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_.:-]+$' },
} as const;

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
});

/** Documents the `Idempotency-Key` header, and the 409/422 it can cause, on every POST and PUT under /api/v1. */
export function documentIdempotencyKey(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const method of IDEMPOTENT_METHODS) {
      const operation = item[method.toLowerCase() as 'post' | 'put'];
      if (operation === undefined) continue;
      operation.parameters = [...(operation.parameters ?? []), { ...HEADER }];
      operation.responses['409'] ??= problem(
        'The request conflicts with the current state of the resource, or one with the same Idempotency-Key is in progress',
      );
      operation.responses['422'] ??= problem(
        'The Idempotency-Key was already used with a different request body (`idempotency.key-reused`)',
      );
    }
  }
  return document;
}
