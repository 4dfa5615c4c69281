import type { OpenAPIObject } from '@nestjs/swagger';
import { apiOperations } from './openapi-operations';
import { problemResponse } from './problem.schema';

/**
 * Documents the 503 every operation under /api/v1 answers while the database is unreachable or
 * overloaded (see `mapDatabaseError`): the same request may succeed after the Retry-After delay.
 */
export function documentServiceUnavailable(document: OpenAPIObject): OpenAPIObject {
  for (const { operation } of apiOperations(document)) operation.responses['503'] ??= problemResponse(503);
  return document;
}
