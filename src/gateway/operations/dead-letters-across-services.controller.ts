import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Page, decodeCursor, encodeCursor } from '../../shared/http/pagination';
import { ProblemException } from '../../shared/http/problem.exception';
import { mergeOrdered } from './merge-ordered';
import { MergedPosition } from './merged-position';
import { UpstreamCalls, UpstreamRefusal, replyWithRefusal } from './upstream-calls';

/** What the gateway needs of a dead letter as a service lists it. */
interface ListedDeadLetter {
  id: string;
  failedAt: string;
}

interface RedriveOutcome {
  accepted: number;
  invalid: string[];
}

type Query = Record<string, string | undefined>;

const DEFAULT_LIMIT = 20;
/** `search-17`: dead letter 17 of the search service, which hosts the consumer that parked it. */
const GATEWAY_ID = /^([a-z][a-z0-9-]*)-([1-9][0-9]{0,17})$/;
const gatewayId = (module: string, id: string) => `${module}-${id}`;
/** A consumer is `<module>.<handler>`; its dead letters live in the database of the module's service. */
const moduleOfConsumer = (consumer: string) => consumer.split('.')[0];

/**
 * The dead letters of every service behind one API: each service keeps the dead letters of the
 * consumers it hosts, so each is listed once, under an id that names its service (`search-17`), and
 * a redrive goes to that service, which hands the message back to its own consumer.
 */
@Controller('api/v1/admin/dead-letters')
export class DeadLettersAcrossServicesController {
  constructor(private readonly upstreams: UpstreamCalls) {}

  /** Every service's page after its part of the cursor, merged in the order they were parked. */
  @Get()
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query = request.query as Query;
    const after = this.cursorOf(query.cursor);
    const only = query.consumer === undefined ? undefined : moduleOfConsumer(query.consumer);
    const path = (module: string) => {
      if (only !== undefined && only !== module && this.upstreams.has(only)) return undefined;
      const params = new URLSearchParams();
      for (const [name, value] of Object.entries(query)) {
        if (value !== undefined && name !== 'cursor') params.set(name, value);
      }
      if (after.has(module)) params.set('cursor', encodeCursor({ id: after.of(module) }));
      return `/api/v1/admin/dead-letters?${params}`;
    };
    try {
      const answers = await this.upstreams.all<Page<ListedDeadLetter>>(path, UpstreamCalls.forwardedHeaders(request));
      const limit = Number(query.limit ?? DEFAULT_LIMIT);
      const merged = mergeOrdered(
        answers.map(({ module, body }) => ({ module, items: body.items })),
        (deadLetter) => deadLetter.failedAt,
        limit,
      );
      let position = after;
      const items = merged.map(({ module, item }) => {
        position = position.advance(module, item.id);
        return { ...item, id: gatewayId(module, item.id) };
      });
      const nextCursor = items.length === limit ? encodeCursor({ ids: position.toString() }) : null;
      reply.send({ items, nextCursor });
    } catch (error) {
      if (error instanceof UpstreamRefusal) return void replyWithRefusal(reply, error);
      throw error;
    }
  }

  /** The consumer's own service redrives; a consumer no service hosts has nothing parked. */
  @Post('redrive')
  @HttpCode(202)
  async redriveConsumer(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const consumer = (request.query as Query).consumer;
    const module = consumer === undefined ? undefined : moduleOfConsumer(consumer);
    const target = module !== undefined && this.upstreams.has(module) ? module : this.upstreams.services()[0].module;
    const query = request.url.slice(request.url.indexOf('?'));
    await this.redrive(
      request,
      reply,
      target,
      `/api/v1/admin/dead-letters/redrive${query.startsWith('?') ? query : ''}`,
    );
  }

  @Post(':id/redrive')
  @HttpCode(202)
  async redriveOne(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const match = GATEWAY_ID.exec(id);
    if (match && this.upstreams.has(match[1])) {
      return this.redrive(request, reply, match[1], `/api/v1/admin/dead-letters/${match[2]}/redrive`);
    }
    // No service keeps such an id; any service answers as for an unknown one (after checking who asks).
    const anyService = this.upstreams.services()[0].module;
    await this.redrive(request, reply, anyService, `/api/v1/admin/dead-letters/${encodeURIComponent(id)}/redrive`);
  }

  private async redrive(request: FastifyRequest, reply: FastifyReply, module: string, path: string): Promise<void> {
    try {
      const { status, body } = await this.upstreams.json<RedriveOutcome>(
        module,
        path,
        UpstreamCalls.forwardedHeaders(request),
        { method: 'POST' },
        [202],
      );
      reply.code(status).send({ ...body, invalid: body.invalid.map((local) => gatewayId(module, local)) });
    } catch (error) {
      if (error instanceof UpstreamRefusal) return void replyWithRefusal(reply, error);
      throw error;
    }
  }

  private cursorOf(cursor: string | undefined): MergedPosition {
    if (cursor === undefined) return MergedPosition.START;
    const { ids } = decodeCursor<{ ids?: unknown }>(cursor);
    if (typeof ids !== 'string') {
      throw ProblemException.badField('cursor', 'cursor is malformed; pass the nextCursor of a previous page');
    }
    return MergedPosition.parse(ids, 'cursor', (module) => this.upstreams.has(module));
  }
}
