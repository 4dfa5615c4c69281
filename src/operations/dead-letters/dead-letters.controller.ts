import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { AdminOnly } from '../../shared/auth/auth.decorators';
import { DomainError } from '../../shared/domain/domain-error';
import { ApiPage, Page, decodeCursor, encodeCursor } from '../../shared/http/pagination';
import { ProblemException } from '../../shared/http/problem.exception';
import { ApiTag } from '../../shared/http/api-tag.decorator';
import { ApiProblems } from '../../shared/http/problem.schema';
import { RedeliveryUnavailableError } from '../../shared/messaging/transports/transport-adapter';
import { DeadLetterRedrive, RedriveOutcome } from '../../shared/messaging/dead-letters/dead-letter-redrive';
import { DeadLetter, DeadLetterRepository } from '../../shared/messaging/dead-letters/dead-letter.repository';
import { DeadLetterQueryDto, RedriveQueryDto } from './dead-letter-query.dto';
import { DeadLetterResponse, RedriveResponse } from './dead-letter.response';

const ID = /^[1-9][0-9]{0,17}$/;

function idFromCursor(cursor: string): string {
  const { id } = decodeCursor<{ id?: unknown }>(cursor);
  if (typeof id !== 'string' || !ID.test(id)) {
    throw ProblemException.badField('cursor', 'cursor is malformed; pass the nextCursor of a previous page');
  }
  return id;
}

/** The transport could not take messages back: nothing was lost, the dead letters stay pending. */
async function unlessUnavailable(redrive: Promise<RedriveOutcome>): Promise<RedriveOutcome> {
  try {
    return await redrive;
  } catch (error) {
    if (!(error instanceof RedeliveryUnavailableError)) throw error;
    throw new ProblemException({
      status: 503,
      detail: `The event transport cannot take messages back right now (${error.message}); retry shortly`,
      headers: { 'Retry-After': '5' },
    });
  }
}

@ApiTag('dead-letters', 'Operators: messages consumers gave up on, and their redrive')
@AdminOnly()
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(
    private readonly deadLetters: DeadLetterRepository,
    private readonly redrive: DeadLetterRedrive,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'List messages consumers gave up on',
    description:
      'Admin only. Dead letters of both transports in the order they were parked, with the last error and the ' +
      'number of attempts. A redrive that fails again parks a new dead letter with the same `eventId`.',
  })
  @ApiPage(DeadLetterResponse)
  @ApiProblems(400)
  async list(@Query() query: DeadLetterQueryDto): Promise<Page<DeadLetter>> {
    const afterId = query.cursor === undefined ? undefined : idFromCursor(query.cursor);
    const filter = { consumer: query.consumer, status: query.status };
    const items = await this.deadLetters.page(filter, afterId, query.limit);
    const last = items.at(-1);
    return { items, nextCursor: items.length === query.limit && last ? encodeCursor({ id: last.id }) : null };
  }

  @Post('redrive')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Redrive every pending dead letter of one consumer',
    description:
      'Admin only. Hands each pending dead letter of `consumer` parked so far back to that consumer, oldest ' +
      'first, as a first attempt with the full retry budget. Ones without a valid event stay pending and are ' +
      'listed in `invalid`. In-process the deliveries finish after the response; follow them in the list.',
  })
  @ApiAcceptedResponse({ type: RedriveResponse, description: 'The dead letters handed back' })
  @ApiProblems(400, 409, 503)
  redriveConsumer(@Query() query: RedriveQueryDto): Promise<RedriveOutcome> {
    return unlessUnavailable(this.redrive.redriveConsumer(query.consumer));
  }

  @Post(':id/redrive')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Redrive one dead letter',
    description:
      'Admin only. Hands the message back to the consumer that gave up on it (only to that consumer, or on ' +
      "RabbitMQ to that consumer's module, whose other consumers skip it as a duplicate). 409 when it was " +
      'already redriven or holds no valid event.',
  })
  @ApiParam({ name: 'id', example: '17', description: 'The `id` of a listed dead letter' })
  @ApiAcceptedResponse({ type: RedriveResponse, description: 'The dead letter handed back' })
  @ApiProblems(404, 409, 503)
  redriveOne(@Param('id') id: string): Promise<RedriveOutcome> {
    // Ids are opaque to clients: one that cannot exist is as unknown as one that does not.
    if (!ID.test(id)) throw new DomainError('not-found', `Dead letter ${id} does not exist`, 'dead-letter.not-found');
    return unlessUnavailable(this.redrive.redriveOne(id));
  }
}
