import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

const COMPONENT = '#/components/schemas/';

/** Values for schemas that give no example, by format, chosen to satisfy the formats' own checkers. */
const FORMAT_EXAMPLES: Record<string, string> = {
  uuid: '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10',
  'date-time': '2026-01-15T09:30:00.000Z',
};

/** Follows a `$ref` to a component schema, and through the single-entry `allOf` that describes a referenced one. */
export function resolveSchema(document: OpenAPIObject, schema: SchemaObject | ReferenceObject): SchemaObject {
  if (!('$ref' in schema)) return schema.allOf?.length === 1 ? resolveSchema(document, schema.allOf[0]) : schema;
  const resolved = document.components?.schemas?.[schema.$ref.slice(COMPONENT.length)];
  if (resolved === undefined) throw new Error(`unresolvable ${schema.$ref}`);
  return resolveSchema(document, resolved);
}

/**
 * An example value of a schema, composed from the examples of its parts: a property's own
 * `example` where it has one, else a value its type, format or enum implies. Objects list every
 * property, so a response example shows the whole shape.
 */
export function exampleOf(document: OpenAPIObject, raw: SchemaObject | ReferenceObject): unknown {
  const schema = resolveSchema(document, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum !== undefined) return schema.enum[0];
  if (schema.nullable && schema.type !== 'object' && schema.type !== 'array') return null;
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => [name, exampleOf(document, property)]),
      );
    case 'array':
      return schema.items ? [exampleOf(document, schema.items)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return FORMAT_EXAMPLES[schema.format ?? ''] ?? 'text';
  }
}
