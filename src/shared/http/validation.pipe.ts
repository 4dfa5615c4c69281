import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from './problem-details';
import { ProblemException } from './problem.exception';

/** Flattens class-validator's tree into one entry per broken constraint, named by dotted path. */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * The global pipe: unknown properties are rejected rather than silently dropped, values are never
 * coerced implicitly (query strings opt in with `@Type`), and failures become a 400 problem listing fields.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      return new ProblemException({
        status: 400,
        detail: `The request has ${fieldErrors.length} invalid field${fieldErrors.length === 1 ? '' : 's'}`,
        errors: fieldErrors,
      });
    },
  });
}
