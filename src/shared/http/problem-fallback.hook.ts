import type { FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemDetails } from './problem-details';

/** The body Fastify and Nest give their own error responses: `{statusCode, error, message}`. */
function frameworkError(payload: unknown): { message: string } | undefined {
  if (typeof payload !== 'string' || !payload.startsWith('{')) return undefined;
  try {
    const body: unknown = JSON.parse(payload);
    const { statusCode, message } = (body ?? {}) as { statusCode?: unknown; message?: unknown };
    return typeof statusCode === 'number' && typeof message === 'string' ? { message } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The last word on error bodies: an error response that a plugin or the framework answered in its
 * own `{statusCode, error, message}` shape (such as the 503 of a server shutting down) is sent as
 * problem+json instead. Errors raised in the application reach the `ProblemDetailsFilter` and pass
 * untouched, as do error responses that are documents of their own (the readiness report).
 */
export function registerProblemFallback(fastify: FastifyInstance): void {
  // Callback style: no promise per response on the hot path.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const error =
      reply.statusCode >= 400 && !String(reply.getHeader('content-type') ?? '').startsWith(PROBLEM_CONTENT_TYPE)
        ? frameworkError(payload)
        : undefined;
    if (error === undefined) {
      done(null, payload);
      return;
    }
    const problem = problemDetails(reply.statusCode, error.message, request.url.split('?')[0]);
    reply.header('content-type', PROBLEM_CONTENT_TYPE).removeHeader('content-length');
    done(null, JSON.stringify(problem));
  });
}
