import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, of } from 'rxjs';
import { RequestWithUser } from '../../auth/current-user.decorator';
import { ProblemException } from '../problem.exception';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_METHODS,
  parseIdempotencyKey,
  requestFingerprint,
  requestTarget,
} from './idempotency-key';
import { IdempotencyScope, IdempotencyStore, StoredResponse } from './idempotency.store';

/** Requests that own their key, waiting for their response to be recorded (see `applyIdempotency`). */
export type PendingClaims = WeakMap<FastifyRequest, { scope: IdempotencyScope; claimId: string }>;

const REPLAYED_HEADER = 'idempotent-replayed';

function replay(reply: FastifyReply, response: StoredResponse): Observable<unknown> {
  reply.status(response.status).headers(response.headers).header(REPLAYED_HEADER, 'true');
  return of(response.body ?? undefined);
}

/**
 * Makes POST and PUT safe to retry. With an `Idempotency-Key`, the first request claims the key
 * (per user, method, path and query string) and runs; a retry with the same body gets the first response again
 * without a second effect, one with another body a 422, one that overtakes the first a 409.
 * Runs after the guards, so keys belong to the verified user; without a user there is no scope
 * and the key is only validated.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly pending: PendingClaims,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & RequestWithUser>();
    if (!IDEMPOTENT_METHODS.has(request.method)) return next.handle();
    const key = parseIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER]);
    if (key === undefined || request.user === undefined) return next.handle();

    const scope = { subject: request.user.id, method: request.method, path: requestTarget(request.url), key };
    const claim = await this.store.claim(scope, requestFingerprint(request.body));
    switch (claim.kind) {
      case 'owner':
        this.pending.set(request, { scope, claimId: claim.claimId });
        return next.handle();
      case 'replay':
        return replay(http.getResponse<FastifyReply>(), claim.response);
      case 'key-reused':
        throw new ProblemException({
          status: 422,
          code: 'idempotency.key-reused',
          detail: 'This Idempotency-Key was already used with a different request body; use a new key',
        });
      case 'in-progress':
        throw new ProblemException({
          status: 409,
          code: 'idempotency.in-progress',
          detail: 'A request with this Idempotency-Key is still being processed; retry shortly',
          headers: { 'Retry-After': '1' },
        });
    }
  }
}
