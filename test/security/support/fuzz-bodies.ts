import fc from 'fast-check';
import { deref, OpenApiDocument, Schema, validValue } from './openapi';

/** A mutated request body and whether it alone guarantees a refusal. */
export interface BodyCase {
  mutation: string;
  body?: unknown;
  raw?: string;
  contentType?: string;
  /** True when the body alone guarantees a 4xx, so the request may target a resource that exists. */
  surelyInvalid: boolean;
}

// Printable ASCII keeps header values and keys sendable; unicode goes to paths, queries and bodies.
export const text = (maxLength = 40) => fc.string({ maxLength });
export const unicode = (maxLength = 40) => fc.string({ unit: 'grapheme', maxLength });

const wrongValue = (document: OpenApiDocument, raw: Schema): fc.Arbitrary<unknown> => {
  const schema = deref(document, raw);
  const others: Record<string, unknown[]> = {
    string: [5, true, {}, [], ['a']],
    number: ['5', true, {}, [], [1]],
    integer: ['5', 2.5, true, {}, []],
    boolean: ['true', 1, {}],
    object: ['x', 1, [], true],
    array: ['x', 1, {}, [1], [{}], [null]],
  };
  return fc.constantFrom(...(others[schema.type as string] ?? ['x', 1, {}]));
};

/** Schema-violating bodies: unknown (up to thousands), mistyped, missing, out-of-bounds and too deep fields, bad JSON, other media types. */
export function bodyArb(document: OpenApiDocument, schema: Schema): fc.Arbitrary<BodyCase> {
  const base = validValue(document, schema) as Record<string, unknown>;
  const properties = Object.entries<Schema>(schema.properties ?? {});
  const required: string[] = schema.required ?? [];
  const invalid = (mutation: string, body: unknown): BodyCase => ({ mutation, body, surelyInvalid: true });
  const cases: Array<fc.Arbitrary<BodyCase>> = [
    fc
      .tuple(text(12), fc.jsonValue({ maxDepth: 3 }))
      .map(([name, value]) => invalid('unknown field', { ...base, [`x_${name}`]: value })),
    fc.integer({ min: 10, max: 2000 }).map((depth) => ({
      mutation: `unknown field nested ${depth} deep`,
      raw: JSON.stringify({ ...base, nested: 0 }).replace(
        '"nested":0',
        `"nested":${'['.repeat(depth)}${']'.repeat(depth)}`,
      ),
      surelyInvalid: true,
    })),
    fc
      .integer({ min: 1_000, max: 60_000 })
      .map((size) => invalid(`unknown field of ${size} chars`, { ...base, pad: 'x'.repeat(size) })),
    fc.integer({ min: 20, max: 7_000 }).map((count) =>
      invalid(`${count} unknown keys`, {
        ...base,
        ...Object.fromEntries(Array.from({ length: count }, (_, index) => [`u${index.toString(36)}`, 0])),
      }),
    ),
    fc
      .constantFrom(
        '{',
        '{"a":',
        'nul',
        '[1,]',
        '{"a":1}{"b":2}',
        '{"__proto__":{"isAdmin":true}}',
        '{"constructor":{"prototype":{"isAdmin":true}}}',
        `{"x":"\\ud800"}`,
      )
      .map((raw) => ({ mutation: 'malformed or poisoned JSON', raw, surelyInvalid: true })),
    fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/xml',
        'multipart/form-data; boundary=x',
      )
      .map((contentType) => ({
        mutation: `sent as ${contentType}`,
        raw: JSON.stringify(base),
        contentType,
        surelyInvalid: true,
      })),
    fc
      .constantFrom<unknown>([], [base], 'text', 42, null, true)
      .map((body) => ({ mutation: 'not an object', body, surelyInvalid: false })),
  ];
  if (properties.length > 0) {
    cases.push(
      fc
        .constantFrom(...properties)
        .chain(([name, property]) =>
          wrongValue(document, property).map((value) =>
            invalid(`${name} of the wrong type`, { ...base, [name]: value }),
          ),
        ),
    );
  }
  if (required.length > 0) {
    cases.push(
      fc.constantFrom(...required).map((name) => {
        const { [name]: _removed, ...rest } = base;
        return invalid(`${name} missing`, rest);
      }),
      fc.constantFrom(...required).map((name) => invalid(`${name} null`, { ...base, [name]: null })),
    );
  }
  const bounded = properties.filter(([, property]) => {
    const resolved = deref(document, property);
    return (
      typeof resolved.minimum === 'number' ||
      typeof resolved.maximum === 'number' ||
      typeof resolved.maxLength === 'number'
    );
  });
  if (bounded.length > 0) {
    cases.push(
      fc.constantFrom(...bounded).chain(([name, property]) => {
        const resolved = deref(document, property);
        const outside: unknown[] = [];
        if (typeof resolved.minimum === 'number') outside.push(resolved.minimum - 1);
        if (typeof resolved.maximum === 'number') outside.push(resolved.maximum + 1, Number.MAX_SAFE_INTEGER * 4);
        if (typeof resolved.maxLength === 'number') outside.push('z'.repeat(resolved.maxLength + 1));
        if (resolved.type === 'integer') outside.push(2.5);
        return fc.constantFrom(...outside).map((value) => invalid(`${name} out of bounds`, { ...base, [name]: value }));
      }),
    );
  }
  return fc.oneof(...cases);
}
