import type { OpenAPIObject } from '@nestjs/swagger';
import { apiOperations, responsesOf } from '../openapi-operations';
import { problemResponse } from '../problem.schema';
import { headerRefs } from '../response-headers.openapi';
import { IDEMPOTENT_METHODS } from './idempotency-key';

const HEADER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes the request safe to retry: a retry with the same key and body within the retention period (24 h by ' +
    'default) returns the first response (with `Idempotent-Replayed: true`) without a second effect. Keys are ' +
    'scoped to the caller, method, path and query string; only successful responses are kept.',
  schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_.:-]+$', example: 'checkout-7f3a9c' },
} as const;

const RETRY_WHILE_IN_PROGRESS = {
  description: 'Seconds to wait, when a request with the same Idempotency-Key is still being processed',
  schema: { type: 'integer', minimum: 1, example: 1 },
} as const;

/**
 * Documents the `Idempotency-Key` header on every POST and PUT under /api/v1, the 409/422 it can
 * cause, and the `Idempotent-Replayed` header of a replayed success.
 */
export function documentIdempotencyKey(document: OpenAPIObject): OpenAPIObject {
  for (const { method, operation } of apiOperations(document)) {
    if (!IDEMPOTENT_METHODS.has(method.toUpperCase())) continue;
    operation.parameters = [...(operation.parameters ?? []), { ...HEADER }];
    for (const [status, response] of responsesOf(operation)) {
      if (status.startsWith('2')) response.headers = { ...response.headers, ...headerRefs('Idempotent-Replayed') };
    }
    // A malformed key is refused before anything else the operation checks.
    operation.responses['400'] ??= problemResponse(400);
    operation.responses['409'] ??= problemResponse(
      409,
      'The request conflicts with the current state of the resource, or one with the same Idempotency-Key is in progress',
    );
    for (const [status, response] of responsesOf(operation)) {
      if (status === '409') response.headers = { ...response.headers, 'Retry-After': RETRY_WHILE_IN_PROGRESS };
    }
    operation.responses['422'] ??= problemResponse(
      422,
      'The Idempotency-Key was already used with a different request body (`idempotency.key-reused`)',
    );
  }
  return document;
}
