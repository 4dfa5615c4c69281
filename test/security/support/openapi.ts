/** Just enough of OpenAPI 3 to drive requests from the live document. */
export type Schema = Record<string, any>;
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<HttpMethod, Schema>>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  method: HttpMethod;
  /** Path template as documented, e.g. `/api/v1/products/{id}`. */
  path: string;
  spec: Schema;
}

const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

/** `POST /api/v1/products/{id}`: how the suites name an operation. */
export const operationName = (operation: Pick<Operation, 'method' | 'path'>) =>
  `${operation.method.toUpperCase()} ${operation.path}`;

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method] !== undefined).map((method) => ({ method, path, spec: item[method]! })),
  );
}

export const isWrite = (operation: Operation) => operation.method !== 'get';
export const needsToken = (operation: Operation) => (operation.spec.security ?? []).length > 0;

/** Resolves `$ref` and single-element `allOf` wrappers. */
export function deref(document: OpenApiDocument, schema: Schema): Schema {
  if (typeof schema.$ref === 'string') {
    return deref(document, document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1) return deref(document, schema.allOf[0]);
  return schema;
}

export function requestSchema(document: OpenApiDocument, operation: Operation): Schema | undefined {
  const schema = operation.spec.requestBody?.content?.['application/json']?.schema;
  return schema === undefined ? undefined : deref(document, schema);
}

/** The success response's object schema, if it has one. */
export function responseSchema(document: OpenApiDocument, operation: Operation): Schema | undefined {
  const success = Object.entries<Schema>(operation.spec.responses ?? {}).find(([status]) => status.startsWith('2'));
  const schema = success?.[1].content?.['application/json']?.schema;
  return schema === undefined ? undefined : deref(document, schema);
}

export const parameters = (operation: Operation, location: 'path' | 'query' | 'header'): Schema[] =>
  (operation.spec.parameters ?? []).filter((parameter: Schema) => parameter.in === location);

/** A value the schema accepts: its example where there is one, otherwise the smallest fitting value. */
export function validValue(document: OpenApiDocument, raw: Schema): unknown {
  const schema = deref(document, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum !== undefined) return schema.enum[0];
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries<Schema>(schema.properties ?? {})
          .filter(([name]) => (schema.required ?? []).includes(name))
          .map(([name, property]) => [name, validValue(document, property)]),
      );
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    default:
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
  }
}

/** Fills `{name}` placeholders of a path template. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(values[name]);
  });
}

/** Fetches the document the application serves. */
export async function liveDocument(baseUrl: string): Promise<OpenApiDocument> {
  const response = await fetch(`${baseUrl}/docs/openapi.json`);
  if (!response.ok) throw new Error(`GET /docs/openapi.json answered ${response.status}`);
  return (await response.json()) as OpenApiDocument;
}
