import type { OpenAPIObject } from '@nestjs/swagger';
import { apiOperations } from '../http/openapi-operations';

/**
 * Marks every operation without a security requirement as public with `security: []`. The auth
 * decorators document the bearer requirement of the others; what the `AuthGuard` lets through
 * without a token is then stated, not left for readers and tools to infer from an absence.
 */
export function documentPublicOperations(document: OpenAPIObject): OpenAPIObject {
  for (const { operation } of apiOperations(document)) operation.security ??= [];
  return document;
}
