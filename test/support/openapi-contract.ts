import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import type { Middleware } from 'openapi-fetch';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/cli/repository-root';

type Json = Record<string, any>;

/** Headers every HTTP response may carry that are the protocol's or the security layer's, not the API's. */
const TRANSPORT_HEADERS = new Set([
  'connection',
  'content-length',
  'content-type',
  'date',
  'keep-alive',
  'transfer-encoding',
  'vary',
  'cache-control',
  // helmet's security headers, the same on every response (src/shared/http/security.setup.ts)
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
]);

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** A request as it went on the wire. */
export interface WireRequest {
  method: string;
  /** Path and query string, e.g. `/api/v1/search?q=lamp`. */
  url: string;
  headers: Headers;
  /** The raw body text, if any. */
  body?: string;
}

/** A response as it came back. */
export interface WireResponse {
  status: number;
  headers: Headers;
  body: string;
}

export interface DocumentedOperation {
  /** `POST /api/v1/products`: the operation as documented. */
  name: string;
  method: string;
  template: string;
  spec: Json;
  pathParameters: Record<string, string>;
}

/** `{}` wrappers let Ajv coerce a lone parameter value (coercion works on properties, not on the root). */
const wrap = (schema: Json) => ({ type: 'object', properties: { value: schema } });

/** Every `$ref` of a schema taken out of the document, pointed back into the document. */
function anchored(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchored);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `openapi${value}` : anchored(value),
    ]),
  );
}

/** Objects that declare no `additionalProperties` get `false`, so a response cannot carry undocumented fields. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closed(value)]));
  if (copy.type === 'object' && copy.properties !== undefined && copy.additionalProperties === undefined) {
    copy.additionalProperties = false;
  }
  return copy;
}

const describeErrors = (errors: ErrorObject[] | null | undefined, at: string) =>
  (errors ?? []).map((error) => `${at}${error.instancePath} ${error.message}`);

function parseJson(text: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: 'is not JSON' };
  }
}

/**
 * Checks requests and responses against an OpenAPI document, the way a validating proxy would:
 * operation, path, query and header parameters, security, request and response bodies (responses
 * strictly: no field the document does not name) and response headers (documented ones valid,
 * required ones present, no undocumented one beyond the transport's own). Each check returns the
 * violations it found, as readable lines; none means the exchange is exactly as documented.
 */
export class OpenApiContract {
  private readonly requests: Ajv;
  private readonly responses: Ajv;
  private readonly parameters: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  readonly operations: Array<{ method: string; template: string; pattern: RegExp; names: string[]; spec: Json }>;

  constructor(readonly document: Json) {
    const make = (options: ConstructorParameters<typeof Ajv>[0], root: unknown) => {
      const ajv = new Ajv({ strict: false, allErrors: true, ...options });
      addFormats(ajv);
      ajv.addSchema(root as Json, 'openapi');
      return ajv;
    };
    this.requests = make({}, document);
    this.responses = make({}, closed(document));
    this.parameters = make({ coerceTypes: true }, document);
    this.operations = Object.entries<Json>(document.paths).flatMap(([template, item]) =>
      METHODS.filter((method) => item[method] !== undefined).map((method) => {
        const names: string[] = [];
        const source = template
          .split(/\{(\w+)\}/)
          .map((part, index) =>
            index % 2 === 1 ? (names.push(part), '([^/]+)') : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
          )
          .join('');
        return { method, template, pattern: new RegExp(`^${source}$`), names, spec: item[method] };
      }),
    );
  }

  /** The committed `openapi.json`: the contract clients are given. */
  static committed(): OpenApiContract {
    return new OpenApiContract(JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'openapi.json'), 'utf8')));
  }

  /** The documented operation a request is for; literal paths win over templated ones. */
  operation(method: string, url: string): DocumentedOperation | undefined {
    const path = url.split('?')[0];
    const candidates = this.operations
      .filter((operation) => operation.method === method.toLowerCase())
      .map((operation) => ({ operation, match: operation.pattern.exec(path) }))
      .filter(({ match }) => match !== null)
      .sort((a, b) => a.operation.names.length - b.operation.names.length);
    const found = candidates[0];
    if (found === undefined) return undefined;
    const { operation, match } = found;
    return {
      name: `${operation.method.toUpperCase()} ${operation.template}`,
      method: operation.method,
      template: operation.template,
      spec: operation.spec,
      pathParameters: Object.fromEntries(
        operation.names.map((name, index) => [name, decodeURIComponent(match![index + 1])]),
      ),
    };
  }

  private validator(ajv: Ajv, key: string, schema: Json): ValidateFunction {
    const id = `${ajv === this.responses ? 'response' : ajv === this.requests ? 'request' : 'parameter'}:${key}`;
    let validate = this.compiled.get(id);
    if (validate === undefined) {
      validate = ajv.compile(anchored(ajv === this.responses ? closed(schema) : schema) as Json);
      this.compiled.set(id, validate);
    }
    return validate;
  }

  private checkValue(ajv: Ajv, key: string, schema: Json, value: unknown, at: string): string[] {
    const validate = this.validator(ajv, key, schema);
    return validate(value) ? [] : describeErrors(validate.errors, at);
  }

  private checkParameter(key: string, schema: Json, value: string, at: string): string[] {
    const validate = this.validator(this.parameters, key, wrap(schema));
    return validate({ value }) ? [] : describeErrors(validate.errors, at).map((line) => line.replace('/value', ''));
  }

  /** Violations of the document by a request. */
  checkRequest(request: WireRequest): string[] {
    const operation = this.operation(request.method, request.url);
    if (operation === undefined)
      return [`${request.method} ${request.url.split('?')[0]} is not a documented operation`];
    const { name, spec } = operation;
    const violations: string[] = [];
    const parameters: Json[] = spec.parameters ?? [];
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    for (const parameter of parameters) {
      const key = `${name}:${parameter.in}:${parameter.name}`;
      const at = `${parameter.in} parameter ${parameter.name}`;
      const value =
        parameter.in === 'path'
          ? operation.pathParameters[parameter.name]
          : parameter.in === 'query'
            ? (query.get(parameter.name) ?? undefined)
            : (request.headers.get(parameter.name) ?? undefined);
      if (value === undefined) {
        if (parameter.required) violations.push(`${at} is required`);
        continue;
      }
      violations.push(...this.checkParameter(key, parameter.schema ?? {}, value, at));
    }
    const known = new Set(
      parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
    );
    for (const name of new Set(query.keys())) {
      // Unknown query parameters are refused by the service, as the document's description says.
      if (!known.has(name)) violations.push(`query parameter ${name} is not documented`);
    }
    const secured = (spec.security ?? this.document.security ?? []).length > 0;
    if (secured && !/^Bearer /i.test(request.headers.get('authorization') ?? '')) {
      violations.push('the operation needs a bearer token, none was sent');
    }
    violations.push(...this.checkRequestBody(name, spec, request));
    return violations.map((violation) => `${name}: request ${violation}`);
  }

  private checkRequestBody(name: string, spec: Json, request: WireRequest): string[] {
    const documented = spec.requestBody;
    const hasBody = request.body !== undefined && request.body !== '';
    if (documented === undefined) return hasBody ? ['has a body, the operation documents none'] : [];
    if (!hasBody) return documented.required ? ['body is required'] : [];
    const mediaType = (request.headers.get('content-type') ?? '').split(';')[0].trim();
    const media = documented.content?.[mediaType];
    if (media === undefined) return [`body of type ${mediaType || '(none)'} is not documented`];
    const { value, error } = parseJson(request.body!);
    if (error) return [`body ${error}`];
    return this.checkValue(this.requests, `${name}:body`, media.schema ?? {}, value, 'body');
  }

  /** Violations of the document by the response to a request. */
  checkResponse(request: Pick<WireRequest, 'method' | 'url'>, response: WireResponse): string[] {
    const operation = this.operation(request.method, request.url);
    if (operation === undefined) return [];
    const { name, spec } = operation;
    const documented: Json | undefined =
      spec.responses[String(response.status)] ??
      spec.responses[`${String(response.status)[0]}XX`] ??
      spec.responses.default;
    if (documented === undefined) return [`${name}: response status ${response.status} is not documented`];
    const at = `${name}: response ${response.status}`;
    return [
      ...this.checkResponseHeaders(`${name}:${response.status}`, documented, response.headers),
      ...this.checkResponseBody(`${name}:${response.status}`, documented, response),
    ].map((violation) => `${at} ${violation}`);
  }

  private resolveHeader(header: Json): Json {
    if (typeof header.$ref !== 'string') return header;
    return this.document.components.headers[header.$ref.replace('#/components/headers/', '')];
  }

  private checkResponseHeaders(key: string, documented: Json, headers: Headers): string[] {
    const declared = new Map(
      Object.entries<Json>(documented.headers ?? {}).map(([name, header]) => [
        name.toLowerCase(),
        this.resolveHeader(header),
      ]),
    );
    const violations: string[] = [];
    for (const [name, header] of declared) {
      const value = headers.get(name);
      if (value === null) {
        if (header.required) violations.push(`lacks the required header ${name}`);
        continue;
      }
      violations.push(...this.checkParameter(`${key}:header:${name}`, header.schema ?? {}, value, `header ${name}`));
    }
    headers.forEach((_, name) => {
      if (!declared.has(name) && !TRANSPORT_HEADERS.has(name)) violations.push(`has the undocumented header ${name}`);
    });
    return violations;
  }

  private checkResponseBody(key: string, documented: Json, response: WireResponse): string[] {
    const content: Json | undefined = documented.content;
    if (content === undefined) return response.body === '' ? [] : ['has a body, none is documented'];
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    const media = content[mediaType];
    if (media === undefined) return [`content type ${mediaType || '(none)'} is not documented`];
    if (!mediaType.endsWith('json')) return [];
    const { value, error } = parseJson(response.body);
    if (error) return [`body ${error}`];
    return this.checkValue(this.responses, `${key}:body`, media.schema ?? {}, value, 'body');
  }
}

/** What a client checked against the contract saw: every exchange, the operations it reached, the violations. */
export interface ContractLog {
  exchanges: number;
  operations: Set<string>;
  violations: string[];
}

export const emptyContractLog = (): ContractLog => ({ exchanges: 0, operations: new Set(), violations: [] });

const pathAndQuery = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};

/**
 * An openapi-fetch middleware that checks every request and response of a typed client against
 * the contract, recording what it finds in `log`. Register it after any middleware that changes
 * requests (the client's own sets the token), so that the request is checked as it is sent.
 */
export function contractChecking(contract: OpenApiContract, log: ContractLog): Middleware {
  return {
    async onRequest({ request }) {
      const url = pathAndQuery(request.url);
      const body = request.body === null ? undefined : await request.clone().text();
      log.violations.push(...contract.checkRequest({ method: request.method, url, headers: request.headers, body }));
    },
    async onResponse({ request, response }) {
      const url = pathAndQuery(request.url);
      log.exchanges++;
      const operation = contract.operation(request.method, url);
      if (operation) log.operations.add(`${operation.name} ${response.status}`);
      const body = await response.clone().text();
      log.violations.push(
        ...contract.checkResponse(
          { method: request.method, url },
          { status: response.status, headers: response.headers, body },
        ),
      );
    },
  };
}
