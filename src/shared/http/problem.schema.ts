import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  DECORATORS,
  getSchemaPath,
  type ResponseObject,
} from '@nestjs/swagger';
import { MAX_LISTED_ERRORS, PROBLEM_CONTENT_TYPE } from './problem-details';
import { headerRefs, ResponseHeaderName } from './response-headers.openapi';

class FieldErrorDto {
  @ApiProperty({ example: 'price.amount', description: 'Dotted path of the invalid input field' })
  field!: string;

  @ApiProperty({ example: 'price.amount must be an integer' })
  message!: string;
}

/** OpenAPI schema of the RFC 9457 problem details every error response carries. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'about:blank' })
  type!: string;

  @ApiProperty({ example: 'Bad Request', description: 'The HTTP status phrase' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 400 })
  status!: number;

  @ApiProperty({ example: 'The request has 1 invalid field' })
  detail!: string;

  @ApiProperty({ example: '/api/v1/products', description: 'Path of the request that failed' })
  instance!: string;

  @ApiPropertyOptional({ example: 'review.already-exists', description: 'Stable machine-readable error code' })
  code?: string;

  @ApiPropertyOptional({
    type: [FieldErrorDto],
    maxItems: MAX_LISTED_ERRORS,
    description: `Invalid fields (400 only), ${MAX_LISTED_ERRORS} at most`,
  })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({
    type: 'integer',
    example: 57,
    description: `How many fields were invalid in all; present only when there were more than ${MAX_LISTED_ERRORS}`,
  })
  errorCount?: number;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed or invalid; `errors` lists the offending fields',
  401: 'The bearer token is missing, invalid or expired',
  403: 'The token is valid but does not allow this operation',
  404: 'The resource does not exist',
  409: 'The request conflicts with the current state of the resource',
  412: 'If-Match does not match the current version of the resource',
  413: 'The request body is too large',
  415: 'The request body is not application/json',
  429: 'Too many requests from this client; retry after the Retry-After delay',
  503: 'A dependency (the database, the event transport) is temporarily unavailable; retry after the Retry-After delay',
};

/** Headers every problem of a status carries. */
const STATUS_HEADERS: Partial<Record<number, ResponseHeaderName[]>> = {
  401: ['WWW-Authenticate'],
  429: ['Retry-After'],
  503: ['Retry-After'],
};

/** A problem+json response of `status` (with the headers that status always carries), for `@ApiProblems` and document edits. */
export function problemResponse(status: number, description = DESCRIPTIONS[status] ?? 'Error'): ResponseObject {
  const headers = STATUS_HEADERS[status];
  return {
    description,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
    ...(headers && { headers: headerRefs(...headers) }),
  };
}

/**
 * Documents problem+json responses for the given statuses, e.g. `@ApiProblems(400, 404, 409)`.
 * A status already documented on the operation (the auth decorators document 401 and 403) is
 * left as it is, so that its description is not printed twice.
 */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const documented: Record<string, unknown> =
      Reflect.getMetadata(DECORATORS.API_RESPONSE, descriptor?.value ?? target) ?? {};
    const missing = statuses.filter((status) => documented[status] === undefined);
    const decorate = applyDecorators(
      ApiExtraModels(ProblemDetailsDto),
      ...missing.map((status) => ApiResponse({ status, ...problemResponse(status) })),
    );
    return key === undefined ? decorate(target as Function) : decorate(target, key, descriptor!);
  };
}
