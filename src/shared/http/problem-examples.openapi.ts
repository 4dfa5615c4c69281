import type { OpenAPIObject, OperationObject, ParameterObject } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { apiOperations, responsesOf } from './openapi-operations';
import { FieldError, PROBLEM_CONTENT_TYPE, ProblemDetails } from './problem-details';
import { exampleOf, resolveSchema } from './schema-example';
import { violationMessage } from './validation-rules';

/** What a problem of each status typically says (400 is made from the operation's own inputs). */
const TYPICAL: Record<string, Pick<ProblemDetails, 'detail' | 'code'>> = {
  401: { detail: 'A bearer token is required' },
  403: { detail: 'This operation needs the admin role' },
  404: { detail: 'The resource does not exist' },
  409: { detail: 'The request conflicts with the current state of the resource' },
  412: { detail: 'The resource is at version 4, not 3' },
  413: { detail: 'Request body is too large' },
  415: { detail: 'Request bodies must be sent as application/json' },
  422: {
    detail: 'This Idempotency-Key was already used with a different request body; use a new key',
    code: 'idempotency.key-reused',
  },
  429: { detail: 'Too many requests; retry in 1 minute' },
  503: { detail: 'The database is temporarily unavailable; retry shortly' },
};

const parametersOf = (operation: OperationObject) =>
  (operation.parameters ?? []).filter((parameter): parameter is ParameterObject => !('$ref' in parameter));

/** A field error this operation can answer: a missing body field, else a malformed id, else a query value too large. */
function typicalFieldError(document: OpenAPIObject, operation: OperationObject): FieldError | undefined {
  const body = operation.requestBody;
  const bodySchema = body && !('$ref' in body) ? body.content['application/json']?.schema : undefined;
  const required = bodySchema && resolveSchema(document, bodySchema).required?.[0];
  if (required) return { field: required, message: `${required} is required` };
  const parameters = parametersOf(operation).map((parameter) => ({
    name: parameter.name,
    schema: resolveSchema(document, parameter.schema ?? {}),
  }));
  const id = parameters.find(({ schema }) => schema.format === 'uuid');
  if (id) return { field: id.name, message: violationMessage(id.name, 'isUUID', [])! };
  const bounded = parameters.find(({ schema }) => schema.maximum !== undefined);
  if (bounded)
    return { field: bounded.name, message: violationMessage(bounded.name, 'max', [bounded.schema.maximum])! };
  return undefined;
}

/** The operation's path with example values for its parameters, as a problem's `instance`. */
function examplePath(document: OpenAPIObject, path: string, operation: OperationObject): string {
  const values = new Map(
    parametersOf(operation)
      .filter((parameter) => parameter.in === 'path')
      .map((parameter) => [parameter.name, String(exampleOf(document, parameter.schema ?? {}))]),
  );
  return path.replace(/\{(\w+)\}/g, (_, name: string) => values.get(name) ?? name);
}

/**
 * Gives every problem response an example of its own status, on its own path: a 400 shows a
 * field error the operation can really answer, a 404 does not look like a 400.
 */
export function documentProblemExamples(document: OpenAPIObject): OpenAPIObject {
  for (const { path, operation } of apiOperations(document)) {
    const instance = examplePath(document, path, operation);
    for (const [status, response] of responsesOf(operation)) {
      const content = response.content?.[PROBLEM_CONTENT_TYPE];
      if (content === undefined || content.example !== undefined) continue;
      const fieldError = status === '400' ? typicalFieldError(document, operation) : undefined;
      const typical = TYPICAL[status] ?? { detail: response.description };
      const example: ProblemDetails = {
        type: 'about:blank',
        title: STATUS_CODES[Number(status)] ?? 'Error',
        status: Number(status),
        detail: fieldError ? 'The request has 1 invalid field' : typical.detail,
        instance,
        ...(typical.code !== undefined && { code: typical.code }),
        ...(fieldError && { errors: [fieldError] }),
      };
      content.example = example;
    }
  }
  return document;
}
