import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyRequest, RawServerDefault } from 'fastify';
import { canonicalIds } from './canonical-ids';
import { ProblemException } from './problem.exception';

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0].trim().toLowerCase() === 'application/json';
}

/** Far deeper than any request DTO; deeper bodies would overflow the stack of class-transformer (a 500). */
const MAX_JSON_DEPTH = 32;

/**
 * Keys of objects plus items of arrays, at every depth: far more than any request DTO has (a product
 * with all its categories has about 20), few enough that validating or refusing them is cheap. A
 * 64 KiB body can carry thousands, each of which validation would report.
 */
const MAX_BODY_MEMBERS = 256;

/**
 * Why `value` is refused before validation: nested deeper than `MAX_JSON_DEPTH` or with more than
 * `MAX_BODY_MEMBERS` members. Iterative, and it stops at the first excess, so neither depth nor
 * size can make it costly.
 */
function excess(value: unknown): string | undefined {
  const pending: Array<[unknown, number]> = [[value, 1]];
  let members = 0;
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) return `The body nests deeper than ${MAX_JSON_DEPTH} levels`;
    const children = Object.values(current);
    members += children.length;
    if (members > MAX_BODY_MEMBERS) return `The body has more than ${MAX_BODY_MEMBERS} keys and array items`;
    for (const child of children) pending.push([child, depth + 1]);
  }
  return undefined;
}

/**
 * The API speaks JSON only. Fastify and Nest would also parse text/plain and form bodies, so a
 * request carrying any other body is refused with 415 before parsing; an empty JSON body is read as
 * `{}` so that it reaches validation (400 naming the missing fields) instead of failing as bad JSON,
 * and a body nested too deep or with too many members is refused with a small 400 before validation
 * does the work. Ids in the body are put in canonical form (see `canonicalIds`).
 */
export function applyJsonBodyPolicy(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, _reply, done) => {
    if (hasBody(request) && !isJson(request.headers['content-type'])) {
      done(new ProblemException({ status: 415, detail: 'Request bodies must be sent as application/json' }));
      return;
    }
    done();
  });
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  // Registered through Nest so that its own default JSON parser is not added on top at init.
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit }, (request, body, done) => {
    if (body.length === 0) return done(null, {});
    parseJson(request, body.toString('utf8'), (error, value) => {
      if (error) return done(error);
      const refusal = excess(value);
      if (refusal !== undefined) return done(new ProblemException({ status: 400, detail: refusal }));
      done(null, canonicalIds(value));
    });
  });
}
