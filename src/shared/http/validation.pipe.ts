import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { FieldError } from './problem-details';
import { ProblemException } from './problem.exception';
import {
  ConstraintMetadata,
  constraintMessage,
  constraintName,
  mostBasicFailure,
  violationMessage,
} from './validation-rules';

const constraintsByDto = new WeakMap<Function, ConstraintMetadata[]>();

/** The constraints declared on the property an error is about (the DTO's own message, if any, is there). */
function declaredConstraints(error: ValidationError): ConstraintMetadata[] {
  const dto: unknown = error.target?.constructor;
  if (typeof dto !== 'function') return [];
  let constraints = constraintsByDto.get(dto);
  if (constraints === undefined) {
    constraints = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
    constraintsByDto.set(dto, constraints);
  }
  return constraints.filter((metadata) => metadata.propertyName === error.property);
}

/**
 * One problem per field, the most basic one: an unknown field, a missing value, a value of the
 * wrong kind, and only then its size or form (`quantity: "2"` is "must be an integer", not also
 * "must be at least 1").
 */
function ownError(error: ValidationError, field: string): FieldError[] {
  const failed = Object.keys(error.constraints ?? {});
  if (failed.length === 0) return [];
  if (failed.includes('whitelistValidation')) return [{ field, message: `${field} is not a known field` }];
  if (error.value === undefined) return [{ field, message: `${field} is required` }];
  const name = mostBasicFailure(failed);
  const metadata = declaredConstraints(error).find((constraint) => constraintName(constraint) === name);
  return [{ field, message: constraintMessage(field, metadata, error.constraints![name]) }];
}

/** Flattens class-validator's tree into one entry per invalid field, named by dotted path. */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    return [...ownError(error, field), ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** A JSON body that is an array or a primitive is one problem, not a missing value for every field of the DTO. */
class ObjectBodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (metadata.type === 'body' && metadata.metatype && !isObject && this.toValidate(metadata)) {
      throw ProblemException.badField('body', violationMessage('body', 'isObject', [])!);
    }
    return super.transform(value, metadata);
  }
}

/**
 * The global pipe: unknown properties are rejected rather than silently dropped, values are never
 * coerced implicitly (query strings opt in with `@Type`), and failures become a 400 problem listing fields.
 */
export function createValidationPipe(): ValidationPipe {
  return new ObjectBodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // Each error keeps the object it was found in, to word its message from the rules declared there;
    // the factory sends only fields and messages, never that object.
    validationError: { target: true },
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
