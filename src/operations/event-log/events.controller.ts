import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly } from '../../shared/auth/auth.decorators';
import { AuthenticatedUser } from '../../shared/auth/authenticated-user';
import { CurrentUser } from '../../shared/auth/current-user.decorator';
import { ApiPage, Page } from '../../shared/http/pagination';
import { ApiTag } from '../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../shared/http/problem.schema';
import { ProblemException } from '../../shared/http/problem.exception';
import { StoredEvent } from '../../shared/messaging/outbox/stored-event';
import { EventLogItemResponse } from './event-log-item.response';
import { eventPage, startPosition } from './event-log-page';
import { EventLogQueryDto, EventStreamQueryDto, POSITION_PATTERN } from './event-log-query.dto';
import { EventLogReader } from './event-log.reader';
import { EventStreams } from './event-streams';
import { EVENTS_TAG } from './events.tag';
import { SettledPositions } from '../../shared/messaging/outbox/settled-positions';

@ApiTag('events', EVENTS_TAG)
@AdminOnly()
@Controller('events')
export class EventsController {
  constructor(
    private readonly reader: EventLogReader,
    private readonly settled: SettledPositions,
    private readonly streams: EventStreams,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Page through the event store in position order',
    description:
      'Admin only. Events as recorded (superseded versions keep their old type). A page never skips an event ' +
      'that commits later with a lower position: it stops before positions still in flight. `nextCursor` is null ' +
      'once caught up; to follow new events, pass the last `position` as `after` or use `/events/stream`.',
  })
  @ApiPage(EventLogItemResponse)
  @ApiProblems(400)
  async list(@Query() query: EventLogQueryDto): Promise<Page<StoredEvent>> {
    const filter = { type: query.type, streamId: query.streamId };
    const { events } = await this.reader.page(filter, startPosition(query), query.limit);
    return eventPage(events, query.limit);
  }

  @Get('stream')
  @ApiOperation({
    summary: 'Follow new events as Server-Sent Events',
    description:
      'Admin only. Each event is sent as `id: <position>` and `data: <event as in GET /events>`; a comment ' +
      'every 15 s keeps the connection alive. The server ends the stream when the bearer token expires and after ' +
      '`SSE_MAX_DURATION_SECONDS` (1 h by default), with a last comment saying why. Reconnect (with a valid ' +
      'token) sending `Last-Event-ID` (or `?after=`) to resume without missing any event. Without either, the ' +
      'stream starts with events committed from now on.',
  })
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'The last `id` received, to resume after it',
    schema: { type: 'string', pattern: POSITION_PATTERN.source, example: '1042' },
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'A text/event-stream, until the token expires or the maximum duration passes',
    headers: {
      'X-Accel-Buffering': {
        description: '`no`: asks a buffering reverse proxy (nginx) to pass each event on at once',
        schema: { type: 'string', enum: ['no'] },
      },
    },
    content: {
      'text/event-stream': {
        schema: { type: 'string' },
        example:
          ': streaming events after position 1041\n\nid: 1042\ndata: {"position":"1042","type":"reviews.review-added.v1"}\n\n',
      },
    },
  })
  @ApiProblems(400)
  async stream(
    @Query() query: EventStreamQueryDto,
    @Headers('last-event-id') lastEventId: string | undefined,
    @CurrentUser() caller: AuthenticatedUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (lastEventId !== undefined && !POSITION_PATTERN.test(lastEventId)) {
      throw ProblemException.badField('Last-Event-ID', 'Last-Event-ID must be the id of an event received earlier');
    }
    const resumeAfter = lastEventId ?? query.after;
    const after = resumeAfter !== undefined ? BigInt(resumeAfter) : await this.settled.current();
    this.streams.start(reply, { type: query.type }, after, caller);
  }
}
