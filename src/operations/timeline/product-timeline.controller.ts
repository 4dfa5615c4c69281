import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { AdminOnly } from '../../shared/auth/auth.decorators';
import { ApiPage, Page } from '../../shared/http/pagination';
import { ApiTag } from '../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../shared/http/problem.schema';
import { UuidParam } from '../../shared/http/uuid-param.decorator';
import { ProblemException } from '../../shared/http/problem.exception';
import { StoredEvent } from '../../shared/messaging/event-store/stored-event';
import { EventLogItemResponse } from '../event-log/event-log-item.response';
import { eventPage, startPosition } from '../event-log/event-log-page';
import { TimelineQueryDto } from '../event-log/event-log-query.dto';
import { EventLogReader } from '../event-log/event-log.reader';

@ApiTag('events', 'Operators: the event store, live events and product timelines')
@AdminOnly()
@Controller('products')
export class ProductTimelineController {
  constructor(private readonly reader: EventLogReader) {}

  @Get(':id/timeline')
  @ApiOperation({
    summary: "A product's history across modules",
    description:
      'Admin only. Every stored event that names the product in its payload or whose stream is about it ' +
      '(catalog, reviews, rating, inventory), in position order, at most `limit` per page. 404 when none does.',
  })
  @ApiPage(EventLogItemResponse)
  @ApiProblems(400, 404)
  async timeline(
    @UuidParam('id', "The product's id") id: string,
    @Query() query: TimelineQueryDto,
  ): Promise<Page<StoredEvent>> {
    const events = await this.reader.timeline(id, startPosition(query), query.limit);
    if (events.length === 0 && !(await this.reader.mentions(id))) {
      throw new ProblemException({
        status: 404,
        detail: `no stored event mentions product ${id}`,
        code: 'events.product-unknown',
      });
    }
    return eventPage(events, query.limit);
  }
}
