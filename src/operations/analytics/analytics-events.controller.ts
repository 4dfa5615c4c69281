import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminOnly } from '../../shared/auth/auth.decorators';
import { ApiTag } from '../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../shared/http/problem.schema';
import { resolveRange } from '../../shared/http/time-range-query';
import { AnalyticsEventsQueryDto } from './analytics-events-query.dto';
import { AnalyticsEventsResponse } from './analytics-events.response';
import { AnalyticsReader } from './analytics.reader';
import { ANALYTICS_TAG } from './analytics.tag';

/** At most this many buckets per answer: a week of minutes, over a year of hours, decades of days. */
export const MAX_BUCKETS = 10_080;

@ApiTag('analytics', ANALYTICS_TAG)
@AdminOnly()
@Controller('analytics')
export class AnalyticsEventsController {
  constructor(private readonly reader: AnalyticsReader) {}

  @Get('events')
  @ApiOperation({
    summary: 'Count stored events per time bucket and type',
    description:
      'Admin only. Counts by `occurredAt` in UTC buckets over `[from, to)` widened to whole buckets (the answer ' +
      `states the range it covers; at most ${MAX_BUCKETS} buckets). Exact: read from rollups kept by a ` +
      'background worker plus the events it has not folded yet.',
  })
  @ApiOkResponse({ type: AnalyticsEventsResponse })
  @ApiProblems(400)
  async events(@Query() query: AnalyticsEventsQueryDto): Promise<AnalyticsEventsResponse> {
    const range = resolveRange(query, query.bucket, { defaultFrom: 30, maxBuckets: MAX_BUCKETS });
    const items = await this.reader.eventCounts(query.bucket, range, query.type);
    return { bucket: query.bucket, from: range.from.toISOString(), to: range.to.toISOString(), items };
  }
}
