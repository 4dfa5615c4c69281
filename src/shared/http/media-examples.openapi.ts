import type { OpenAPIObject } from '@nestjs/swagger';
import { apiOperations, responsesOf } from './openapi-operations';
import { exampleOf } from './schema-example';

const JSON_MEDIA = 'application/json';

/**
 * Gives every JSON request body and every successful JSON response one example, composed from
 * the examples of its schema's properties, unless the operation declares its own.
 */
export function documentMediaExamples(document: OpenAPIObject): OpenAPIObject {
  for (const { operation } of apiOperations(document)) {
    const body = operation.requestBody;
    const media = [
      ...(body && !('$ref' in body) ? [body.content[JSON_MEDIA]] : []),
      ...responsesOf(operation)
        .filter(([status]) => status.startsWith('2'))
        .map(([, response]) => response.content?.[JSON_MEDIA]),
    ];
    for (const content of media) {
      if (content?.schema !== undefined && content.example === undefined && content.examples === undefined) {
        content.example = exampleOf(document, content.schema);
      }
    }
  }
  return document;
}
