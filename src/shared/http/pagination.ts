import { applyDecorators, Type as ClassType } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ProblemException } from './problem.exception';
import { ValidatedSchema } from './validated-schema.decorator';

/** One page of a keyset-paginated list; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What every cursor `encodeCursor` makes looks like (base64url); its content is checked where it is read. */
export const CURSOR_PATTERN = /^[A-Za-z0-9_-]+$/;

const MALFORMED_CURSOR = 'cursor is malformed; pass the nextCursor of a previous page';

/** The `cursor` query parameter of a list: the opaque `nextCursor` of the previous page. */
export const CursorRules = (): PropertyDecorator =>
  applyDecorators(IsOptional(), IsString(), MaxLength(512), Matches(CURSOR_PATTERN, { message: MALFORMED_CURSOR }));

/** `?limit&cursor` of every list endpoint; extend it for endpoint-specific filters (and mark those `@ValidatedSchema()`). */
@ValidatedSchema()
export class PageQueryDto {
  @ApiPropertyOptional({ default: 20, example: 20, description: 'Items per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @CursorRules()
  cursor?: string;
}

/** Makes an opaque cursor of the keyset position a list stopped at. */
export function encodeCursor(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/**
 * Reads a cursor made by `encodeCursor`; anything else is the client's mistake (400 on `cursor`).
 * Only the shape is checked here: callers validate the fields they read.
 */
export function decodeCursor<T>(cursor: string): T {
  const malformed = () => ProblemException.badField('cursor', MALFORMED_CURSOR);
  if (!CURSOR_PATTERN.test(cursor)) throw malformed();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed();
  return value as T;
}

/** Documents a 200 `Page<item>` response. */
export function ApiPage(item: ClassType<unknown>): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description: 'One page of items; `nextCursor` leads to the next',
      schema: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(item) } },
          nextCursor: {
            type: 'string',
            nullable: true,
            description: 'Pass as `cursor` for the next page; null on the last page',
          },
        },
      },
    }),
  );
}
