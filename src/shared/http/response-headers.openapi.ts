import type { HeaderObject, OpenAPIObject, ReferenceObject } from '@nestjs/swagger';
import { apiOperations, responsesOf } from './openapi-operations';

const RATE_LIMITED = 'Set on every API response while rate limiting is on (`RATE_LIMIT_ENABLED`, the default).';

/**
 * Every header the API sets on its responses, declared once under `components.headers` and
 * referenced from the responses that carry it. `required` means the response always has it.
 */
const RESPONSE_HEADERS = {
  'X-Correlation-Id': {
    description:
      "The request's correlation id: the caller's `X-Correlation-Id` when it is 1-100 characters of " +
      '`[A-Za-z0-9._:-]`, otherwise a new UUID v7. The events the request records carry it too.',
    required: true,
    schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,100}$', example: '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' },
  },
  ETag: {
    description: 'The version of the resource as a strong ETag; send it as `If-Match` to change the resource safely.',
    required: true,
    schema: { type: 'string', pattern: '^"[0-9]{1,15}"$', example: '"1"' },
  },
  Location: {
    description: 'The path of the created resource.',
    required: true,
    schema: { type: 'string', example: '/api/v1/products/0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10' },
  },
  'Idempotent-Replayed': {
    description:
      '`true` when this is the stored response of an earlier request with the same `Idempotency-Key`, ' +
      'which had its effect then; absent otherwise.',
    schema: { type: 'string', enum: ['true'], example: 'true' },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying.',
    required: true,
    schema: { type: 'integer', minimum: 1, example: 1 },
  },
  'WWW-Authenticate': {
    description: 'The bearer challenge (RFC 6750), with `error="invalid_token"` when the token sent was refused.',
    required: true,
    schema: { type: 'string', example: 'Bearer error="invalid_token"' },
  },
  'X-RateLimit-Limit': {
    description: `Requests this client may make per window. ${RATE_LIMITED}`,
    schema: { type: 'integer', minimum: 1, example: 600 },
  },
  'X-RateLimit-Remaining': {
    description: `Requests left in the current window. ${RATE_LIMITED}`,
    schema: { type: 'integer', minimum: 0, example: 599 },
  },
  'X-RateLimit-Reset': {
    description: `Seconds until the current window ends. ${RATE_LIMITED}`,
    schema: { type: 'integer', minimum: 0, example: 60 },
  },
} satisfies Record<string, HeaderObject>;

export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;

/** References to documented response headers, for the `headers` of a response (`@ApiResponse` or an edit). */
export function headerRefs(...names: ResponseHeaderName[]): Record<string, ReferenceObject> {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

/**
 * Puts the correlation id on every response of the API and declares, under `components.headers`,
 * the headers that responses refer to. Run after every step that adds responses.
 */
export function documentResponseHeaders(document: OpenAPIObject): OpenAPIObject {
  const used = new Set<string>();
  for (const { operation } of apiOperations(document)) {
    for (const [, response] of responsesOf(operation)) {
      response.headers = { ...headerRefs('X-Correlation-Id'), ...response.headers };
      for (const name of Object.keys(response.headers)) used.add(name);
    }
  }
  const declared = Object.entries(RESPONSE_HEADERS).filter(([name]) => used.has(name));
  document.components = { ...document.components, headers: Object.fromEntries(declared) };
  return document;
}
