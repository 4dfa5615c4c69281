import type { OpenAPIObject } from '@nestjs/swagger';
import fc from 'fast-check';
import { exampleOf, resolveSchema } from '../../src/shared/http/schema-example';

type Schema = Record<string, any>;
type Document = Record<string, any>;

/** A request to one documented operation, before it is put on the wire. */
export interface RequestCase {
  /** `POST /api/v1/products`, as the document names the operation. */
  operation: string;
  method: string;
  template: string;
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** A JSON body, or `undefined` for none. */
  body?: unknown;
  /** Send without a bearer token. */
  anonymous?: boolean;
}

/** One documented request constraint broken: the case, and the field the service must name. */
export interface Violation {
  constraint: string;
  field: string;
  request: RequestCase;
}

/** One value the document allows for one input, at or near the edge of what it allows. */
export interface Allowed {
  input: string;
  value: unknown;
  request: RequestCase;
}

/** Follows `$ref`s (and single `allOf`s) to the schema itself. */
const resolve = (document: Document, schema: Schema | undefined): Schema =>
  resolveSchema(document as OpenAPIObject, schema ?? {});

/** The value a schema's example gives, or one its type implies. */
const exampleValue = (document: Document, schema: Schema | undefined): unknown =>
  exampleOf(document as OpenAPIObject, schema ?? {});

const matches = (schema: Schema, value: string) =>
  schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(value);

/** Whether a string satisfies a string schema's own rules (enough to pick candidates; the contract checks the rest). */
function fits(schema: Schema, value: string): boolean {
  const length = [...value].length;
  return (
    length >= (schema.minLength ?? 0) &&
    length <= (schema.maxLength ?? Infinity) &&
    matches(schema, value) &&
    (schema.enum === undefined || schema.enum.includes(value))
  );
}

/** `base` grown with its last character, or cut, to `length` characters. */
function resized(base: string, length: number): string {
  const characters = [...(base || 'x')];
  while (characters.length < length) characters.push(characters.at(-1)!);
  return characters.slice(0, length).join('');
}

/** A string of acceptable length that the pattern refuses, if one of the usual suspects is. */
function notMatching(schema: Schema): string | undefined {
  const length = Math.min(Math.max(schema.minLength ?? 1, 3), schema.maxLength ?? Infinity);
  const candidates = [' ', '!', 'A B', '\u0000', 'é', '-', '9'].map((seed) => resized(seed, length));
  return candidates.find((candidate) => !matches(schema, candidate));
}

/**
 * Values that break exactly one rule of a schema each, named by the rule. `asText` for query and
 * header values, which travel as text (a wrong type is then text that is not a number).
 */
export function breakingValues(
  document: Document,
  raw: Schema | undefined,
  valid: unknown,
  asText: boolean,
): Array<{ constraint: string; value: unknown }> {
  const schema = resolve(document, raw);
  const out: Array<{ constraint: string; value: unknown }> = [];
  const put = (constraint: string, value: unknown) =>
    out.push({ constraint, value: asText && typeof value !== 'string' ? String(value) : value });
  switch (schema.type) {
    case 'integer':
      put('type integer', asText ? '1.5' : 1.5);
      break;
    case 'number':
      put('type number', asText ? 'many' : '1');
      break;
    case 'string':
      if (!asText) put('type string', 42);
      break;
    case 'array':
      // A query parameter repeated (form style) is an array whatever its values: one value is an array of one.
      if (!asText) put('type array', 'text');
      break;
    case 'object':
      put('type object', 'text');
      break;
  }
  if (schema.enum !== undefined) put('enum', 'not-a-documented-value');
  if (schema.minimum !== undefined) put('minimum', schema.minimum - 1);
  if (schema.maximum !== undefined) put('maximum', schema.maximum + 1);
  const text = typeof valid === 'string' ? valid : '';
  if (schema.minLength !== undefined && schema.minLength > 0) put('minLength', resized(text, schema.minLength - 1));
  if (schema.maxLength !== undefined) put('maxLength', resized(text, schema.maxLength + 1));
  if (schema.pattern !== undefined) {
    const refused = notMatching(schema);
    if (refused === undefined) throw new Error(`no value found that breaks the pattern ${schema.pattern}`);
    put('pattern', refused);
  }
  if (schema.type === 'array') {
    const item = Array.isArray(valid) && valid.length > 0 ? valid[0] : exampleValue(document, schema.items);
    if (schema.maxItems !== undefined)
      put(
        'maxItems',
        Array.from({ length: schema.maxItems + 1 }, () => item),
      );
    for (const { constraint, value } of breakingValues(document, schema.items, item, asText)) {
      out.push({ constraint: `items ${constraint}`, value: [value] });
    }
  }
  return out;
}

/**
 * Values a schema allows, at its edges and beyond what an example shows: both ends of every range
 * (and a fraction where the type allows one), strings of the shortest and longest allowed length,
 * strings generated from the pattern and, without one, arbitrary Unicode text.
 */
export function allowedValues(document: Document, raw: Schema | undefined, valid: unknown, seed: number): unknown[] {
  const schema = resolve(document, raw);
  const values: unknown[] = [];
  if (schema.enum !== undefined) return [...schema.enum];
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? -1000;
      const high = schema.maximum ?? 1000;
      values.push(low, high, Math.floor((low + high) / 2));
      if (schema.type === 'number') values.push((low + high) / 2 + 0.25);
      return values;
    }
    case 'array': {
      const item = Array.isArray(valid) && valid.length > 0 ? valid[0] : exampleValue(document, schema.items);
      const itemSchema = resolve(document, schema.items);
      if (schema.minItems === undefined) values.push([]);
      if (schema.maxItems !== undefined) {
        const distinct = itemSchema.type === 'string' ? allowedStrings(itemSchema, String(item), seed) : [item];
        values.push(Array.from({ length: schema.maxItems }, (_, index) => distinct[index % distinct.length]));
      }
      return values;
    }
    case 'string':
      return allowedStrings(schema, typeof valid === 'string' ? valid : '', seed);
    default:
      return values;
  }
}

function allowedStrings(schema: Schema, valid: string, seed: number): string[] {
  const lengths = { minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 5000) };
  const candidates = [valid, resized(valid, lengths.minLength || 1), resized(valid, lengths.maxLength)];
  const generated =
    schema.pattern !== undefined
      ? fc.stringMatching(new RegExp(schema.pattern), { size: 'small' })
      : fc.oneof(fc.string({ ...lengths, unit: 'grapheme' }), fc.string({ ...lengths, unit: 'grapheme-ascii' }));
  candidates.push(
    ...fc
      .sample(generated, { numRuns: 40, seed })
      .filter((value) => fits(schema, value))
      .slice(0, 6),
  );
  return [...new Set(candidates.filter((value) => fits(schema, value)))];
}

interface BodyInput {
  path: string[];
  schema: Schema;
  required: boolean;
  valid: unknown;
}

/** Every property of a body schema with its valid value, nested objects' properties included. */
function bodyInputs(document: Document, raw: Schema, valid: unknown, parent: string[] = []): BodyInput[] {
  const schema = resolve(document, raw);
  const required: string[] = schema.required ?? [];
  return Object.entries<Schema>(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = [...parent, name];
    const value = (valid as Record<string, unknown> | undefined)?.[name] ?? exampleValue(document, property);
    const input = { path, schema: property, required: required.includes(name), valid: value };
    const nested = resolve(document, property);
    return nested.type === 'object' && nested.properties
      ? [input, ...bodyInputs(document, nested, value, path)]
      : [input];
  });
}

/** The objects of a body schema that refuse unknown properties, by path. */
function closedObjects(document: Document, raw: Schema, parent: string[] = []): string[][] {
  const schema = resolve(document, raw);
  const own = schema.additionalProperties === false ? [parent] : [];
  return [
    ...own,
    ...Object.entries<Schema>(schema.properties ?? {}).flatMap(([name, property]) =>
      resolve(document, property).type === 'object' ? closedObjects(document, property, [...parent, name]) : [],
    ),
  ];
}

function withBodyValue(body: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string, any>;
  let target = copy;
  for (const segment of path.slice(0, -1)) target = target[segment];
  if (value === undefined) delete target[path.at(-1)!];
  else target[path.at(-1)!] = value;
  return copy;
}

type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema };

const parametersOf = (spec: Schema): Parameter[] => spec.parameters ?? [];

const slot = { path: 'path', query: 'query', header: 'headers' } as const;

function withParameter(request: RequestCase, parameter: Parameter, value: string | undefined): RequestCase {
  const key = slot[parameter.in];
  const values = { ...request[key] };
  if (value === undefined) delete values[parameter.name];
  else values[parameter.name] = value;
  return { ...request, [key]: values };
}

/** The body schema of an operation, if it takes a JSON body. */
const bodySchema = (spec: Schema): Schema | undefined => spec.requestBody?.content?.['application/json']?.schema;

/**
 * One request per documented request constraint of an operation, each breaking only that
 * constraint of a valid `baseline`: required inputs left out, wrong types, values past each bound,
 * length and pattern, unknown fields and query parameters, a body that is no object.
 */
export function violationsOf(document: Document, spec: Schema, baseline: RequestCase): Violation[] {
  const cases: Violation[] = [];
  for (const parameter of parametersOf(spec)) {
    const at = `${parameter.in} ${parameter.name}`;
    if (parameter.required && parameter.in !== 'path') {
      cases.push({
        constraint: `${at}: required`,
        field: parameter.name,
        request: withParameter(baseline, parameter, undefined),
      });
    }
    const valid = baseline[slot[parameter.in]][parameter.name] ?? exampleValue(document, parameter.schema);
    for (const { constraint, value } of breakingValues(document, parameter.schema, valid, true)) {
      const request = withParameter(baseline, parameter, String(value));
      cases.push({ constraint: `${at}: ${constraint}`, field: parameter.name, request });
    }
  }
  if (parametersOf(spec).some((parameter) => parameter.in === 'query')) {
    const request = { ...baseline, query: { ...baseline.query, unexpected: '1' } };
    cases.push({ constraint: 'query: no undocumented parameter', field: 'unexpected', request });
  }
  const schema = bodySchema(spec);
  if (schema !== undefined) {
    cases.push({ constraint: 'body: type object', field: 'body', request: { ...baseline, body: 'text' } });
    for (const path of closedObjects(document, schema)) {
      const field = [...path, 'unexpected'].join('.');
      const request = { ...baseline, body: withBodyValue(baseline.body, [...path, 'unexpected'], true) };
      cases.push({ constraint: `body ${path.join('.') || '(root)'}: additionalProperties false`, field, request });
    }
    for (const input of bodyInputs(document, schema, baseline.body)) {
      const field = input.path.join('.');
      if (input.required) {
        const request = { ...baseline, body: withBodyValue(baseline.body, input.path, undefined) };
        cases.push({ constraint: `body ${field}: required`, field, request });
      }
      for (const { constraint, value } of breakingValues(document, input.schema, input.valid, false)) {
        const request = { ...baseline, body: withBodyValue(baseline.body, input.path, value) };
        cases.push({ constraint: `body ${field}: ${constraint}`, field, request });
      }
    }
  }
  return cases;
}

/**
 * Requests that change one input of a valid `baseline` to another value the document allows,
 * at its edges (see `allowedValues`), or leave out an optional one. Path parameters keep the
 * baseline's real ids.
 */
export function allowedOf(document: Document, spec: Schema, baseline: RequestCase, seed: number): Allowed[] {
  const cases: Allowed[] = [];
  for (const parameter of parametersOf(spec).filter((parameter) => parameter.in !== 'path')) {
    const input = `${parameter.in} ${parameter.name}`;
    const valid = baseline[slot[parameter.in]][parameter.name] ?? exampleValue(document, parameter.schema);
    for (const value of allowedValues(document, parameter.schema, valid, seed)) {
      cases.push({ input, value, request: withParameter(baseline, parameter, String(value)) });
    }
  }
  const schema = bodySchema(spec);
  if (schema === undefined) return cases;
  for (const body of bodyInputs(document, schema, baseline.body)) {
    const input = `body ${body.path.join('.')}`;
    if (!body.required) {
      cases.push({
        input,
        value: undefined,
        request: { ...baseline, body: withBodyValue(baseline.body, body.path, undefined) },
      });
    }
    for (const value of allowedValues(document, body.schema, body.valid, seed)) {
      cases.push({ input, value, request: { ...baseline, body: withBodyValue(baseline.body, body.path, value) } });
    }
  }
  return cases;
}
