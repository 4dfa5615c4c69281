import fc from 'fast-check';
import { BodyCase, bodyArb, text, unicode } from './fuzz-bodies';
import {
  fillPath,
  needsToken,
  OpenApiDocument,
  Operation,
  operationName,
  parameters,
  requestSchema,
  Schema,
} from './openapi';

/** Who sends a request: no token, a valid admin or customer, or one of the tokens the API must refuse. */
export type Caller =
  | 'anonymous'
  | 'admin'
  | 'customer'
  | 'garbage'
  | 'expired'
  | 'no-exp'
  | 'eternal'
  | 'issued-in-future'
  | 'refresh-token'
  | 'bad-subject';

/** Tokens that are well signed but must be refused (RFC 8725 lifetime and type, malformed subjects). */
const REFUSED_TOKEN_CALLERS: Caller[] = ['no-exp', 'eternal', 'issued-in-future', 'refresh-token', 'bad-subject'];

/** One generated request, kept printable so a failure names exactly what was sent. */
export interface FuzzRequest {
  operation: string;
  method: string;
  path: string;
  caller: Caller;
  headers: Record<string, string>;
  body?: unknown;
  raw?: string;
  /** What made it invalid, for the failure report. */
  mutation: string;
  /** False when nothing generated guarantees a refusal (e.g. a bodiless write whose query happens to be valid). */
  refusalGuaranteed: boolean;
  /** The operation needs a token and the caller has none the API may accept. */
  unauthenticated: boolean;
}

/** Ids of resources that exist, per path parameter name, so requests also reach past the 404s. */
export type RealIds = Record<string, string[]>;

const junkSegment = fc.oneof(
  text(),
  unicode(),
  fc.uuid(),
  fc.uuid().map((uuid) => uuid.toUpperCase()),
  fc.string({ minLength: 101, maxLength: 3000 }),
  fc.constantFrom('0', '-1', '.', 'null', '%', ' ', '00000000-0000-0000-0000-000000000000', "' OR 1=1 --", '{id}'),
);

function boundaryValues(schema: Schema): string[] {
  const values: Array<string | number> = ['', 'NaN', 'Infinity', '1e309', '-0', '0x10', 'true', '[]', 'null'];
  if (typeof schema.minimum === 'number') values.push(schema.minimum - 1, schema.minimum, schema.minimum + 0.5);
  if (typeof schema.maximum === 'number') values.push(schema.maximum, schema.maximum + 1);
  if (typeof schema.maxLength === 'number') values.push('q'.repeat(schema.maxLength), 'q'.repeat(schema.maxLength + 1));
  if (Array.isArray(schema.enum)) values.push(...schema.enum, `${schema.enum[0]}`.toUpperCase(), 'bogus');
  return values.map(String);
}

const queryValue = (schema: Schema) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...boundaryValues(schema)) },
    { weight: 2, arbitrary: unicode(60) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.string({ minLength: 300, maxLength: 2000 }) },
  );

type Pairs = Array<[string, string]>;

function queryArb(operation: Operation): fc.Arbitrary<string> {
  const none: Pairs = [];
  const names = parameters(operation, 'query').map((parameter) => parameter.name as string);
  const documented = parameters(operation, 'query').map((parameter) =>
    fc.option(
      queryValue(parameter.schema ?? {}).map((value): Pairs => [[parameter.name, value]]),
      { nil: none },
    ),
  );
  const extra = fc.option(
    fc.tuple(text(12), unicode(20)).map(([name, value]): Pairs => [[`x${name}`, value]]),
    { nil: none },
  );
  // Rarely, and short of Node's 16 KiB request head: a flood of parameters the API must refuse cheaply.
  const flood = fc.oneof(
    { weight: 19, arbitrary: fc.constant(none) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 33, max: 1_000 })
        .map((count): Pairs => Array.from({ length: count }, (_, i) => [`f${i}`, ''])),
    },
  );
  const secret = fc.option(
    fc.constantFrom('access_token', 'token', 'password', 'api_key').map((name): Pairs => [[name, 'fuzz-secret']]),
    { nil: none },
  );
  const repeated = fc.option(
    fc.constantFrom(...names, 'limit').map((name): Pairs => [
      [name, '1'],
      [name, '2'],
    ]),
    { nil: none },
  );
  return fc.tuple(...documented, extra, flood, secret, repeated).map((groups) => {
    const pairs = groups.flat();
    return pairs.length === 0 ? '' : `?${new URLSearchParams(pairs).toString()}`;
  });
}

const BAD_IF_MATCH = ['abc', '"x"', 'W/"a"', '*', '"1', '1"', '"1", "2"', '-1', 'W/', ' '];

const idempotencyKey = fc.option(
  fc.oneof(fc.stringMatching(/^[A-Za-z0-9_.:-]{1,200}$/), text(30), fc.constantFrom('', 'k'.repeat(201), 'a b', 'a/b')),
  { nil: undefined },
);

const documentsIfMatch = (operation: Operation) =>
  parameters(operation, 'header').some((parameter) => parameter.name === 'If-Match');

function headersArb(operation: Operation, badIfMatch: boolean): fc.Arbitrary<Record<string, string>> {
  const ifMatch = badIfMatch
    ? fc.constantFrom(...BAD_IF_MATCH)
    : documentsIfMatch(operation)
      ? fc.option(fc.oneof(fc.constantFrom(...BAD_IF_MATCH), text(20)), { nil: undefined })
      : fc.constant(undefined);
  const key = operation.method === 'post' || operation.method === 'put' ? idempotencyKey : fc.constant(undefined);
  return fc
    .record({
      'if-match': ifMatch,
      'idempotency-key': key,
      'x-correlation-id': fc.option(text(120), { nil: undefined }),
      'x-forwarded-for': fc.option(fc.oneof(fc.ipV4(), fc.ipV6(), text(30)), { nil: undefined }),
      accept: fc.option(fc.constantFrom('application/xml', 'text/html', '*/*', 'application/problem+json'), {
        nil: undefined,
      }),
    })
    .map((headers) =>
      Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    );
}

const callerArb = fc.constantFrom<Caller>(
  'anonymous',
  'admin',
  'admin',
  'customer',
  'garbage',
  'expired',
  ...REFUSED_TOKEN_CALLERS,
);

/** A real id in either case: ids are canonicalised, so the upper-case spelling must reach the same resource. */
const realId = (ids: string[]) =>
  fc.tuple(fc.constantFrom(...ids), fc.boolean()).map(([id, shout]) => (shout ? id.toUpperCase() : id));

/**
 * Malformed and boundary requests for one operation. Writes are never valid where the generator can
 * help it: their body is always mutated, and they target an existing resource only when the
 * mutation (or, for a DELETE, a malformed If-Match or a caller who owns nothing) guarantees a
 * refusal. A write with neither body nor path (a bulk admin action) may happen to be valid; it is
 * marked so instead of being forced invalid.
 */
export function fuzzRequests(
  document: OpenApiDocument,
  operation: Operation,
  realIds: RealIds,
): fc.Arbitrary<FuzzRequest> {
  const pathNames = parameters(operation, 'path').map((parameter) => parameter.name as string);
  const schema = requestSchema(document, operation);
  const bodies: fc.Arbitrary<BodyCase | undefined> =
    schema === undefined ? fc.constant(undefined) : bodyArb(document, schema);
  return fc.tuple(bodies, callerArb, fc.boolean(), fc.boolean()).chain(([body, caller, wantsReal, badIfMatch]) => {
    const isDelete = operation.method === 'delete';
    const realAllowed =
      operation.method === 'get' ||
      (body?.surelyInvalid ?? false) ||
      (isDelete && (caller !== 'admin' || (badIfMatch && documentsIfMatch(operation))));
    const useReal = realAllowed && wantsReal && pathNames.every((name) => (realIds[name] ?? []).length > 0);
    const unauthenticated = caller !== 'admin' && caller !== 'customer' && needsToken(operation);
    const refusalGuaranteed =
      unauthenticated || (body?.surelyInvalid ?? false) || (pathNames.length > 0 && !useReal) || (isDelete && useReal);
    const values = fc.tuple(...pathNames.map((name) => (useReal ? realId(realIds[name]) : junkSegment)));
    return fc
      .tuple(values, queryArb(operation), headersArb(operation, isDelete && useReal && caller === 'admin'))
      .map(([segments, query, headers]): FuzzRequest => {
        const path = fillPath(
          operation.path,
          Object.fromEntries(pathNames.map((name, index) => [name, segments[index]])),
        );
        if (body?.contentType) headers['content-type'] = body.contentType;
        return {
          operation: operationName(operation),
          method: operation.method.toUpperCase(),
          path: `${path}${query}`,
          caller,
          headers,
          body: body?.body,
          raw: body?.raw,
          mutation: body?.mutation ?? (useReal ? 'existing resource' : 'junk path'),
          refusalGuaranteed,
          unauthenticated,
        };
      });
  });
}
