import { Controller, Get, Query, Type } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { AdminOnly } from '../../shared/auth/auth.decorators';
import { ApiTag } from '../../shared/http/api-tag.decorator';
import { ApiPage, Page } from '../../shared/http/pagination';
import { ApiProblems } from '../../shared/http/problem.schema';
import { ProblemException } from '../../shared/http/problem.exception';
import { UuidParam } from '../../shared/http/uuid-param.decorator';
import { StoredEvent } from '../../shared/messaging/outbox/stored-event';
import { TimelineDeclaration } from '../../shared/modularity/module-definition';
import { EventLogItemResponse } from '../event-log/event-log-item.response';
import { eventPage, startPosition } from '../event-log/event-log-page';
import { TimelineQueryDto } from '../event-log/event-log-query.dto';
import { EventLogReader } from '../event-log/event-log.reader';
import { EVENTS_TAG } from '../event-log/events.tag';

const pascal = (kebab: string): string =>
  kebab.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());

/**
 * The controller of one declared timeline, `GET /<resource>/:id/timeline`: every stored event, of any
 * module, whose contract declares the subject with that id — built from the declaration, so this area
 * names no module, resource or field.
 */
export function timelineController({ subject, resource }: TimelineDeclaration): Type {
  @ApiTag('events', EVENTS_TAG)
  @AdminOnly()
  @Controller(resource)
  class TimelineController {
    constructor(private readonly reader: EventLogReader) {}

    @Get(':id/timeline')
    @ApiOperation({
      summary: `A ${subject}'s history across modules`,
      description:
        `Admin only. Every stored event whose contract declares it is about a ${subject} and names this one, ` +
        'in position order, at most `limit` per page. 404 when none does.',
    })
    @ApiPage(EventLogItemResponse)
    @ApiProblems(400, 404)
    async timeline(
      @UuidParam('id', `The ${subject}'s id`) id: string,
      @Query() query: TimelineQueryDto,
    ): Promise<Page<StoredEvent>> {
      const events = await this.reader.timeline(subject, id, startPosition(query), query.limit);
      if (events.length === 0 && !(await this.reader.mentions(subject, id))) {
        throw new ProblemException({
          status: 404,
          detail: `no stored event mentions ${subject} ${id}`,
          code: 'events.subject-unknown',
        });
      }
      return eventPage(events, query.limit);
    }
  }
  // Named after its subject, so the OpenAPI operation id reads `<subject>Timeline.timeline`.
  Object.defineProperty(TimelineController, 'name', { value: `${pascal(subject)}TimelineController` });
  return TimelineController;
}
