import { ArgumentsHost, Catch, ExceptionFilter, HttpServer, Logger } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { mapErrorToProblem } from './problem-mapping';
import { MAX_LISTED_ERRORS, PROBLEM_CONTENT_TYPE, ProblemDetails, problemDetails } from './problem-details';

/**
 * Turns every error of an HTTP request (thrown by handlers, guards and pipes, raised by Fastify
 * while parsing, or the not-found handler) into an RFC 9457 `application/problem+json` response.
 * Unexpected errors become a generic 500 whose detail leaks nothing; they are logged with their stack.
 * Field errors are listed up to `MAX_LISTED_ERRORS`, with `errorCount` when there were more.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  constructor(private readonly httpAdapter: HttpServer) {}

  catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    // A hybrid app's microservice inherits global filters; its errors are the transport's business.
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const request = http.getRequest<unknown>();
    const response = http.getResponse<unknown>();
    const mapped = mapErrorToProblem(exception);
    const spec = mapped ?? { status: 500, detail: 'An unexpected error occurred' };
    if (spec.status >= 500) this.log(exception, mapped === undefined);

    if (this.httpAdapter.isHeadersSent(response)) {
      // A streamed response failed midway: nothing can be sent any more but the end of it.
      this.httpAdapter.end(response);
      return;
    }
    const url = this.httpAdapter.getRequestUrl?.(request) ?? '/';
    const standard: ProblemDetails = {
      ...problemDetails(spec.status, spec.detail, url.split('?')[0]),
      ...(spec.code !== undefined && { code: spec.code }),
      ...(spec.errors !== undefined && { errors: spec.errors.slice(0, MAX_LISTED_ERRORS) }),
      ...(spec.errors !== undefined && spec.errors.length > MAX_LISTED_ERRORS && { errorCount: spec.errors.length }),
    };
    // Extension members follow the standard ones and never replace them.
    const extensions = Object.entries(spec.members ?? {}).filter(([name]) => !(name in standard));
    const problem = { ...standard, ...Object.fromEntries(extensions) };
    for (const [name, value] of Object.entries(spec.headers ?? {})) this.httpAdapter.setHeader(response, name, value);
    this.httpAdapter.setHeader(response, 'Content-Type', PROBLEM_CONTENT_TYPE);
    this.httpAdapter.reply(response, problem, spec.status);
  }

  private log(exception: unknown, unexpected: boolean): void {
    const message = exception instanceof Error ? exception.message : String(exception);
    const stack = exception instanceof Error ? exception.stack : undefined;
    if (unexpected) this.logger.error(`Unhandled error: ${message}`, stack);
    else this.logger.warn(`Service unavailable: ${message}`);
  }
}
