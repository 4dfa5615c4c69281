import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** One operation of an OpenAPI document, where it is. */
export interface DocumentedOperation {
  /** The path template, e.g. `/api/v1/products/{id}`. */
  path: string;
  method: (typeof METHODS)[number];
  operation: OperationObject;
}

/** The operations of the API (under `/api/`), for the steps that complete the generated document. */
export function apiOperations(document: OpenAPIObject): DocumentedOperation[] {
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/'))
    .flatMap(([path, item]) =>
      METHODS.flatMap((method) => {
        const operation = item[method];
        return operation === undefined ? [] : [{ path, method, operation }];
      }),
    );
}

/** The responses an operation declares in place (not by `$ref`), by status. */
export function responsesOf(operation: OperationObject): Array<[status: string, response: ResponseObject]> {
  return Object.entries(operation.responses).flatMap(([status, response]) =>
    response === undefined || '$ref' in response ? [] : [[status, response] as [string, ResponseObject]],
  );
}
