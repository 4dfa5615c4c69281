import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CORRELATION_ID_HEADER } from '../../shared/http/correlation-id.hook';
import { ProblemException } from '../../shared/http/problem.exception';
import { upstreamFailure } from '../proxy/upstream-failure';
import { UpstreamRegistry } from '../routing/upstream-registry';

const CALL_TIMEOUT_MS = 30_000;
/** Request headers an operation across services passes on to each service: who asks, and for which request. */
const FORWARDED = ['authorization', CORRELATION_ID_HEADER, 'accept-language'];

/** A module service's answer to one call. */
export interface UpstreamAnswer<T> {
  module: string;
  status: number;
  headers: Headers;
  body: T;
}

/** A service's own answer, passed to the client unchanged (its 400, 401, 403 ...). */
export class UpstreamRefusal extends Error {
  constructor(readonly answer: UpstreamAnswer<unknown>) {
    super(`${answer.module} answered ${answer.status}`);
  }
}

/**
 * Calls the module services on behalf of one client request, for the operations the gateway
 * answers across services (event log, timeline, dead letters, documents, metrics): the caller's
 * credentials and correlation id go along, so each service authorises and logs as for a proxied
 * request. A service that cannot be reached makes the whole answer 503 with `Retry-After`: a partial
 * page would silently hide that service's part.
 */
@Injectable()
export class UpstreamCalls {
  constructor(private readonly registry: UpstreamRegistry) {}

  /** The module services, in configuration order. */
  services(): Array<{ module: string; baseUrl: string }> {
    return this.registry.probeTargets().map(({ module, baseUrl }) => ({ module, baseUrl }));
  }

  has(module: string): boolean {
    return this.services().some((service) => service.module === module);
  }

  /** The headers of `request` that travel to the services. */
  static forwardedHeaders(request: FastifyRequest): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const name of FORWARDED) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    return headers;
  }

  /** Sends `init` to `path` of the module's service; network failures become the gateway's 503/504/502 problem. */
  async fetch(module: string, path: string, init: RequestInit = {}): Promise<Response> {
    const service = this.services().find((candidate) => candidate.module === module);
    if (!service) throw new ProblemException({ status: 404, detail: `No service hosts ${module}` });
    try {
      return await fetch(`${service.baseUrl}${path}`, { signal: AbortSignal.timeout(CALL_TIMEOUT_MS), ...init });
    } catch (error) {
      throw new ProblemException(upstreamFailure(module, error));
    }
  }

  /** JSON from one service; `accept` lists the statuses the caller handles, any other is an `UpstreamRefusal`. */
  async json<T>(
    module: string,
    path: string,
    headers: Record<string, string>,
    init: RequestInit = {},
    accept: readonly number[] = [200],
  ): Promise<UpstreamAnswer<T>> {
    const response = await this.fetch(module, path, { ...init, headers: { ...headers, ...init.headers } });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const body = (text && type.includes('json') ? JSON.parse(text) : text) as T;
    const answer = { module, status: response.status, headers: response.headers, body };
    if (!accept.includes(response.status)) throw new UpstreamRefusal(answer);
    return answer;
  }

  /** The same call to every service at once. */
  all<T>(
    path: (module: string) => string | undefined,
    headers: Record<string, string>,
    accept?: readonly number[],
  ): Promise<Array<UpstreamAnswer<T>>> {
    return Promise.all(
      this.services().flatMap(({ module }) => {
        const target = path(module);
        return target === undefined ? [] : [this.json<T>(module, target, headers, {}, accept)];
      }),
    );
  }
}

/** Answers the client with a service's own refusal, status, `Retry-After` and problem body unchanged. */
export function replyWithRefusal(reply: FastifyReply, { answer }: UpstreamRefusal): FastifyReply {
  const retryAfter = answer.headers.get('retry-after');
  const type = answer.headers.get('content-type');
  reply.code(answer.status);
  if (retryAfter) reply.header('retry-after', retryAfter);
  if (type) reply.type(type);
  return reply.send(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
}
