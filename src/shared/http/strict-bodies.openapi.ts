import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { apiOperations } from './openapi-operations';

const COMPONENT = '#/components/schemas/';

/** Names of the component schemas a schema refers to, directly or through properties, items and `allOf`. */
function referencedSchemas(schema: SchemaObject | ReferenceObject | undefined): string[] {
  if (schema === undefined) return [];
  if ('$ref' in schema) return schema.$ref.startsWith(COMPONENT) ? [schema.$ref.slice(COMPONENT.length)] : [];
  return [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items ? [schema.items] : []),
    ...(schema.allOf ?? []),
  ].flatMap(referencedSchemas);
}

/**
 * States `additionalProperties: false` on every object schema a JSON request body uses, nested
 * ones included: the validation pipe refuses unknown properties (`forbidNonWhitelisted`) rather
 * than dropping them, so a body with one more field is a 400, as the document then says.
 */
export function documentStrictBodies(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const pending = apiOperations(document).flatMap(({ operation }) => {
    const body = operation.requestBody;
    return body && !('$ref' in body) ? referencedSchemas(body.content['application/json']?.schema) : [];
  });
  const seen = new Set<string>();
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const schema = schemas[name];
    if (seen.has(name) || schema === undefined || '$ref' in schema) continue;
    seen.add(name);
    schema.additionalProperties = false;
    pending.push(...referencedSchemas(schema));
  }
  return document;
}
