import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException } from '../../shared/http/problem.exception';
import { MergedState, ServiceParts, mergeStateParts, mergedDocument } from './merge-state-parts';
import { MergedPosition } from './merged-position';
import { UpstreamCalls, UpstreamRefusal, replyWithRefusal } from './upstream-calls';

/** A timestamp goes to every service as it is (each validates it); anything else is a gateway position. */
const TIMESTAMP_START = /^\d{4}-/;

/**
 * `GET /api/v1/products/:id/state` across services, each with its own event store. Every service
 * folds every declared part over its own events (`…/state/parts`, which never answers 404: a service
 * storing none of the product's events answers initial parts); the gateway keeps each part from the
 * service whose events for it are the latest and answers as one server would: 404 before creation,
 * 410 with `lastState` after deletion. `at` is a timestamp, passed to every service, or a position
 * this gateway handed out (`catalog:12,rating:7`), of which each service gets its own part.
 */
@Controller('api/v1')
export class StateAcrossServicesController {
  constructor(private readonly upstreams: UpstreamCalls) {}

  @Get('products/:id/state')
  async state(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    try {
      const headers = UpstreamCalls.forwardedHeaders(request);
      const { at } = request.query as { at?: string };
      const merged = await this.merged(id, this.atOf(at), headers);
      if (merged.phase === 'not-created') {
        throw new ProblemException({
          status: 404,
          detail: `product ${id.toLowerCase()} did not exist at that time`,
          code: 'state.not-created',
        });
      }
      if (merged.phase === 'deleted' && merged.deletion) {
        // The last state: every service read up to just before the deletion's instant.
        const before = new Date(Date.parse(merged.deletion.occurredAt) - 1).toISOString();
        const last = await this.merged(id, () => before, headers);
        throw new ProblemException({
          status: 410,
          detail: `product ${id.toLowerCase()} had been deleted by then; lastState is its state right before`,
          code: 'state.deleted',
          members: { lastState: mergedDocument(id.toLowerCase(), last), deletedAt: merged.deletion },
        });
      }
      reply.send(mergedDocument(id.toLowerCase(), merged));
    } catch (error) {
      if (error instanceof UpstreamRefusal) return void replyWithRefusal(reply, error);
      throw error;
    }
  }

  private async merged(
    id: string,
    atFor: (module: string) => string | undefined,
    headers: Record<string, string>,
  ): Promise<MergedState> {
    const path = `/api/v1/products/${encodeURIComponent(id)}/state/parts`;
    const answers = await this.upstreams.all<Omit<ServiceParts, 'module'>>((module) => {
      const at = atFor(module);
      return at === undefined ? path : `${path}?at=${encodeURIComponent(at)}`;
    }, headers);
    return mergeStateParts(answers.map(({ module, body }) => ({ module, ...body })));
  }

  /** Each service's own `at`: the timestamp itself, or its part of a gateway position. */
  private atOf(at: string | undefined): (module: string) => string | undefined {
    if (at === undefined || TIMESTAMP_START.test(at)) return () => at;
    try {
      const position = MergedPosition.parse(at, 'at', (module) => this.upstreams.has(module));
      return (module) => position.of(module);
    } catch {
      throw ProblemException.badField(
        'at',
        'at must be an ISO 8601 timestamp with a time zone or a position from this gateway, such as catalog:1042,reviews:77',
      );
    }
  }
}
