import { Controller, Get, Query, Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AdminOnly } from '../../shared/auth/auth.decorators';
import { ApiTag } from '../../shared/http/api-tag.decorator';
import { ProblemException } from '../../shared/http/problem.exception';
import { ApiProblems } from '../../shared/http/problem.schema';
import { TimestampParameter, resolveRange } from '../../shared/http/time-range-query';
import { ValidatedSchema } from '../../shared/http/validated-schema.decorator';
import { AnalyticsReader, MEASURE_LEVELS } from './analytics.reader';
import { ANALYTICS_TAG } from './analytics.tag';
import { RolledMeasure } from './declared-measures';

/** Measures are kept per hour, so a top list's range is widened to whole hours. */
const RANGE_BUCKET = MEASURE_LEVELS[0];
/** `from` when missing: all of the history. */
const BEGINNING = new Date(0);

const pascal = (kebab: string): string =>
  kebab.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());

const named = <T extends Function>(type: T, name: string): T => Object.defineProperty(type, 'name', { value: name });

/**
 * The controller of one resource's top list, `GET /analytics/<resource>/top?by=<measure>`, built from
 * the measures modules declare for that resource — so this area names no module, resource or event.
 */
export function topSubjectsController(resource: string, measures: readonly RolledMeasure[]): Type {
  const names = measures.map((measure) => measure.name);
  const explained = measures.map((measure) => `\`${measure.name}\`: ${measure.description}`).join('; ');

  @ValidatedSchema()
  class TopQueryDto {
    @ApiProperty({ enum: names, example: names[0], description: explained })
    @IsIn(names)
    by!: string;

    @TimestampParameter('Start, rounded down to the hour; default the beginning of the history')
    from?: string;

    @TimestampParameter('End (exclusive), rounded up to an hour; default now')
    to?: string;

    @ApiPropertyOptional({ default: 10, example: 10, description: 'How many to list' })
    @IsOptional()
    @Transform(() => Number)
    @IsInt()
    @Min(1)
    @Max(100)
    limit: number = 10;
  }

  class TopItemResponse {
    @ApiProperty({ example: '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10', description: 'The id' })
    id!: string;

    @ApiProperty({ type: 'integer', minimum: 1, example: 17, description: 'How much of the measure it got' })
    total!: number;
  }

  class TopResponse {
    @ApiProperty({ enum: names })
    by!: string;

    @ApiProperty({ format: 'date-time', description: 'Start of the range answered' })
    from!: string;

    @ApiProperty({ format: 'date-time', description: 'End (exclusive) of the range answered' })
    to!: string;

    @ApiProperty({ type: [TopItemResponse], description: 'Highest total first, ties by id; exact' })
    items!: TopItemResponse[];
  }

  const prefix = pascal(resource);
  named(TopQueryDto, `Top${prefix}Query`);
  named(TopItemResponse, `Top${prefix}Item`);
  named(TopResponse, `Top${prefix}Response`);

  @ApiTag('analytics', ANALYTICS_TAG)
  @AdminOnly()
  @Controller(`analytics/${resource}`)
  class TopSubjectsController {
    constructor(private readonly reader: AnalyticsReader) {}

    @Get('top')
    @ApiOperation({
      summary: `The ${resource} with the most of a measure`,
      description:
        `Admin only. Totals per id over \`[from, to)\` widened to whole hours (the answer states the range), ` +
        'from rollups kept by a background worker plus the events it has not folded yet.',
    })
    @ApiOkResponse({ type: TopResponse })
    @ApiProblems(400)
    async top(@Query() query: TopQueryDto): Promise<TopResponse> {
      const measure = measures.find((candidate) => candidate.name === query.by);
      if (measure === undefined) throw ProblemException.badField('by', `by must be one of ${names.join(', ')}`);
      const range = resolveRange(query, RANGE_BUCKET, { defaultFrom: BEGINNING, maxBuckets: Number.MAX_SAFE_INTEGER });
      const items = await this.reader.top(measure, range, query.limit);
      return { by: measure.name, from: range.from.toISOString(), to: range.to.toISOString(), items };
    }
  }
  return named(TopSubjectsController, `Top${prefix}Controller`);
}
