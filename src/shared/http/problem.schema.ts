import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { MAX_LISTED_ERRORS, PROBLEM_CONTENT_TYPE } from './problem-details';

class FieldErrorDto {
  @ApiProperty({ example: 'price.amount', description: 'Dotted path of the invalid input field' })
  field!: string;

  @ApiProperty({ example: 'amount must be a positive number' })
  message!: string;
}

/** OpenAPI schema of the RFC 9457 problem details every error response carries. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'about:blank' })
  type!: string;

  @ApiProperty({ example: 'Bad Request', description: 'The HTTP status phrase' })
  title!: string;

  @ApiProperty({ example: 400 })
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
  503: 'A dependency is temporarily unavailable; retry after the Retry-After delay',
};

/** Documents problem+json responses for the given statuses, e.g. `@ApiProblems(400, 401, 403, 409)`. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
      }),
    ),
  );
}
