import { HttpException } from '@nestjs/common';
import { DomainError, DomainErrorKind } from '../domain/domain-error';
import { mapDatabaseError } from './database-error.mapping';
import { ProblemException, ProblemSpec } from './problem.exception';

const DOMAIN_STATUS: Record<DomainErrorKind, number> = {
  invalid: 400,
  'not-found': 404,
  conflict: 409,
  forbidden: 403,
  'precondition-failed': 412,
};

/** Fastify's own 4xx errors, with a detail a client can act on where Fastify's message is terse. */
const FASTIFY_DETAILS: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Request bodies must be sent as application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
};

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  message: string;
}

function fastifyError(error: unknown): ProblemSpec | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, statusCode, message } = error as FastifyLikeError;
  // A body parser that throws a bare SyntaxError (JSON.parse) gets statusCode 400 from Fastify, nothing else.
  if (error instanceof SyntaxError && statusCode === 400) {
    return { status: 400, detail: FASTIFY_DETAILS.FST_ERR_CTP_INVALID_JSON_BODY };
  }
  if (typeof code !== 'string' || !code.startsWith('FST_') || typeof statusCode !== 'number' || statusCode >= 500) {
    return undefined;
  }
  return { status: statusCode, detail: FASTIFY_DETAILS[code] ?? message };
}

function httpExceptionDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/**
 * Decides status, detail, code and headers of the problem for any thrown value. `undefined` means
 * an unexpected error: the filter answers a generic 500 and logs it.
 */
export function mapErrorToProblem(error: unknown): ProblemSpec | undefined {
  if (error instanceof ProblemException) return error.problem;
  if (error instanceof DomainError) {
    const errors = error.field === undefined ? undefined : [{ field: error.field, message: error.message }];
    return { status: DOMAIN_STATUS[error.kind], detail: error.message, code: error.code, errors };
  }
  if (error instanceof HttpException) {
    // The adapter wraps Fastify's 4xx errors (body too large, bad media type, bad JSON) with the original as cause.
    return fastifyError(error.cause) ?? { status: error.getStatus(), detail: httpExceptionDetail(error) };
  }
  return fastifyError(error) ?? mapDatabaseError(error);
}
