import { Param, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ProblemException } from './problem.exception';
import { violationMessage } from './validation-rules';

/**
 * A UUID of versions 1-8 with the RFC variant, or the nil or max UUID (RFC 9562), in either case:
 * what ids look like here. Spelled without flags so that the document can state it as a pattern.
 */
export const UUID_PATTERN =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|[fF]{8}-[fF]{4}-[fF]{4}-[fF]{4}-[fF]{12})$/;

function uuidPipe(name: string): PipeTransform<string, string> {
  const message = violationMessage(name, 'isUUID', [])!;
  return {
    transform(value) {
      if (!UUID_PATTERN.test(value)) throw ProblemException.badField(name, message);
      return value;
    },
  };
}

/**
 * `@Param(name)` for an id that must be a UUID: a malformed one is a 400 naming the parameter in
 * `errors`, like any invalid field, and the document states the rule (`format: uuid` and the pattern).
 */
export function UuidParam(name: string, description?: string): ParameterDecorator {
  const read = Param(name, uuidPipe(name));
  const document = ApiParam({
    name,
    description,
    schema: {
      type: 'string',
      format: 'uuid',
      pattern: UUID_PATTERN.source,
      example: '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10',
    },
  });
  return (target, method, index) => {
    read(target, method, index);
    if (method !== undefined) document(target, method, Object.getOwnPropertyDescriptor(target, method)!);
  };
}
