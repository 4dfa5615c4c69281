import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiProblems } from '../http/problem.schema';

/** Route metadata the `AuthGuard` acts on; routes without it are public. */
export const AUTH_REQUIREMENT = 'auth:requirement';
export type AuthRequirement = 'user' | 'admin';

/** Requires a valid bearer token (any user); documents the bearer scheme and the 401. */
export function Authenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(AUTH_REQUIREMENT, 'user'), ApiBearerAuth('bearer'), ApiProblems(401));
}

/** Requires a valid bearer token with the `admin` role; documents the bearer scheme, 401 and 403. */
export function AdminOnly(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(AUTH_REQUIREMENT, 'admin'), ApiBearerAuth('bearer'), ApiProblems(401, 403));
}
