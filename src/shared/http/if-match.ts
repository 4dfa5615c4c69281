import { ApiHeader } from '@nestjs/swagger';
import { ProblemException } from './problem.exception';

// A bare version, a strong ETag or a weak ETag: 3, "3", W/"3".
const VERSION_TAG = /^(?:W\/)?"(\d{1,15})"$|^(\d{1,15})$/;

/**
 * Reads the expected version from an `If-Match` header for optimistic concurrency. Absent means
 * "no precondition"; anything unreadable is a 400 rather than silently ignored.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = VERSION_TAG.exec(header.trim());
  if (!match) {
    throw ProblemException.badField('If-Match', 'If-Match must be a version such as "3" (the ETag of the resource)');
  }
  return Number(match[1] ?? match[2]);
}

/** Documents the optional `If-Match` header of an operation that reads it with `parseIfMatch`. */
export const ApiIfMatch = (resource: string): MethodDecorator & ClassDecorator =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: `The ${resource} version the change is based on (its ETag, e.g. "3"); 412 if it changed since`,
    schema: { type: 'string', pattern: VERSION_TAG.source, example: '"3"' },
  });
