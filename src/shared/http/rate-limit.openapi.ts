import { getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { ProblemDetailsDto } from './problem.schema';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const TOO_MANY_REQUESTS = {
  description: 'Too many requests from this client; retry after the Retry-After delay',
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
};

/** Documents the 429 every operation under /api/v1 can answer when its client exceeds the rate limit. */
export function documentRateLimit(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (operation !== undefined) operation.responses['429'] ??= { ...TOO_MANY_REQUESTS };
    }
  }
  return document;
}
