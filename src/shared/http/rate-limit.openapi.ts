import type { OpenAPIObject } from '@nestjs/swagger';
import { apiOperations, responsesOf } from './openapi-operations';
import { problemResponse } from './problem.schema';
import { headerRefs } from './response-headers.openapi';

/**
 * Documents the 429 every operation under /api/v1 can answer when its client exceeds the rate
 * limit, and the rate-limit headers on all of its responses.
 */
export function documentRateLimit(document: OpenAPIObject): OpenAPIObject {
  for (const { operation } of apiOperations(document)) {
    operation.responses['429'] ??= problemResponse(429);
    for (const [, response] of responsesOf(operation)) {
      response.headers = {
        ...response.headers,
        ...headerRefs('X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'),
      };
    }
  }
  return document;
}
