import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProblemException } from './problem.exception';

/** Several times what any operation takes (search has six), few enough that refusing them all is cheap. */
const MAX_QUERY_PARAMETERS = 32;

/** `name=value` pairs in the query string of `url`; empty pairs (`a=1&&b=2`) do not count. */
function parameterCount(url: string): number {
  const question = url.indexOf('?');
  if (question < 0) return 0;
  let count = 0;
  for (const pair of url.slice(question + 1).split('&')) if (pair !== '') count++;
  return count;
}

/**
 * Refuses a request with more than `MAX_QUERY_PARAMETERS` query parameters with a small 400, before
 * validation would report each unknown one; reads stay cheap whatever the client sends.
 */
export function applyQueryParameterLimit(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, _reply, done) => {
      if (parameterCount(request.url) > MAX_QUERY_PARAMETERS) {
        done(
          new ProblemException({
            status: 400,
            detail: `The request has more than ${MAX_QUERY_PARAMETERS} query parameters`,
          }),
        );
        return;
      }
      done();
    });
}
