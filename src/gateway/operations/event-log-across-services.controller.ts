import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Page, encodeCursor, decodeCursor } from '../../shared/http/pagination';
import { ProblemException } from '../../shared/http/problem.exception';
import { mergeOrdered } from './merge-ordered';
import { MergedPosition } from './merged-position';
import { UpstreamCalls, UpstreamRefusal, replyWithRefusal } from './upstream-calls';

/** What the gateway needs of a stored event as a service lists it. */
export interface ListedEvent {
  position: string;
  occurredAt: string;
}

type Query = Record<string, string | undefined>;

/** Defaults of the services' own `limit`s, which the merged pages must equal. */
const EVENTS_LIMIT = 100;
const TIMELINE_LIMIT = 1000;

/**
 * `GET /api/v1/events` and `GET /api/v1/products/:id/timeline` across services, each of which keeps
 * its own event store. Every service is read after its part of the merged position; the pages are
 * merged by `occurredAt` (each service's own position order kept), and each item's `position` — like
 * `nextCursor` — becomes the merged position after it, so `after=<position of an item>` continues
 * right after that item, as on one server. The other parameters go to the services unchanged, so
 * they are validated there exactly as on one server.
 */
@Controller('api/v1')
export class EventLogAcrossServicesController {
  constructor(private readonly upstreams: UpstreamCalls) {}

  @Get('events')
  async events(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query = request.query as Query;
    await this.answer(request, reply, EVENTS_LIMIT, [200], (after) => `/api/v1/events?${this.params(query, after)}`);
  }

  @Get('products/:id/timeline')
  async timeline(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query = request.query as Query;
    const path = `/api/v1/products/${encodeURIComponent(id)}/timeline`;
    await this.answer(request, reply, TIMELINE_LIMIT, [200, 404], (after) => `${path}?${this.params(query, after)}`);
  }

  /** The service's own query string: the client's parameters, with the service's part of the merged position as `after`. */
  private params(query: Query, after: string): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && name !== 'after' && name !== 'cursor') params.set(name, value);
    }
    params.set('after', after);
    return params.toString();
  }

  private async answer(
    request: FastifyRequest,
    reply: FastifyReply,
    defaultLimit: number,
    accept: readonly number[],
    path: (after: string) => string,
  ): Promise<void> {
    try {
      const start = this.startPosition(request.query as Query);
      const answers = await this.upstreams.all<Page<ListedEvent>>(
        (module) => path(start.of(module)),
        UpstreamCalls.forwardedHeaders(request),
        accept,
      );
      const found = answers.filter((answer) => answer.status === 200);
      if (found.length === 0) return void replyWithRefusal(reply, new UpstreamRefusal(answers[0]));
      const limit = Number((request.query as Query).limit ?? defaultLimit);
      const merged = mergeOrdered(
        found.map(({ module, body }) => ({ module, items: body.items })),
        (event) => event.occurredAt,
        limit,
      );
      let position = start;
      const items = merged.map(({ module, item }) => {
        position = position.advance(module, item.position);
        return { ...item, position: position.toString() };
      });
      const page: Page<ListedEvent> = {
        items,
        nextCursor: items.length === limit ? encodeCursor({ position: position.toString() }) : null,
      };
      reply.send(page);
    } catch (error) {
      if (error instanceof UpstreamRefusal) return void replyWithRefusal(reply, error);
      throw error;
    }
  }

  /** From `cursor` (a `nextCursor`), from `after` (a merged position), or the beginning; as on one server, not both. */
  private startPosition({ after, cursor }: Query): MergedPosition {
    const known = (module: string) => this.upstreams.has(module);
    if (cursor === undefined) return MergedPosition.parse(after ?? '0', 'after', known);
    if (after !== undefined) throw ProblemException.badField('cursor', 'pass either cursor or after, not both');
    const { position } = decodeCursor<{ position?: unknown }>(cursor);
    if (typeof position !== 'string') {
      throw ProblemException.badField('cursor', 'cursor is malformed; pass the nextCursor of a previous page');
    }
    return MergedPosition.parse(position, 'cursor', known);
  }
}
