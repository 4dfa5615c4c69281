import type { SchemaObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

/** One class-validator constraint as declared on a DTO property (`@IsInt()`, `@Max(5)`, …). */
export type ConstraintMetadata = ReturnType<
  ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']
>[number];

/** What one kind of constraint means, for the client reading the document and the one reading the error. */
interface ConstraintMeaning {
  /** The schema keywords that state the constraint, e.g. `{ maximum: 5 }`. */
  schema?: (args: readonly unknown[]) => SchemaObject;
  /** The problem after the field name, e.g. `must be at most 5`; without it the constraint's own message is used. */
  phrase?: (args: readonly unknown[]) => string;
  /**
   * What the constraint checks. A field gets one message, about the most basic problem: its kind
   * (type, enum) before its size (length, bounds) before its form (pattern). Default: form.
   */
  checks?: 'kind' | 'size';
}

/** The longest `enum` spelled out in a message; longer lists are left to the document. */
const LISTED_VALUES = 10;

const count = (value: unknown, unit: string) => `${String(value)} ${unit}${value === 1 ? '' : 's'}`;

function regexSource(pattern: unknown, flags?: unknown): string {
  const regex =
    pattern instanceof RegExp ? pattern : new RegExp(String(pattern), typeof flags === 'string' ? flags : '');
  // JSON Schema patterns have no flags: a case-insensitive or multi-line rule cannot be stated faithfully.
  if (regex.flags.replace(/[gu]/g, '') !== '') {
    throw new Error(`cannot document /${regex.source}/${regex.flags}: JSON Schema patterns take no flags`);
  }
  return regex.source;
}

/** A pattern matching strings that do not contain `seed`, with control characters spelled as escapes. */
function notContainingPattern(seed: string): string {
  const escaped = [...seed].map((character) => {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return `\\u${code.toString(16).padStart(4, '0')}`;
    return /[\\^$.*+?()[\]{}|/-]/.test(character) ? `\\${character}` : character;
  });
  // One character needs no lookahead, which not every regular-expression tool supports.
  return escaped.length === 1 ? `^[^${escaped[0]}]*$` : `^(?:(?!${escaped.join('')})[\\s\\S])*$`;
}

/**
 * The meaning of every class-validator constraint the request DTOs use, keyed by its name. The
 * validation pipe words its errors from it and `@ValidatedSchema()` writes it into the OpenAPI
 * document, so the message a client gets and the rule it reads are the same rule. A constraint
 * missing here cannot be documented: `@ValidatedSchema()` refuses the DTO rather than leave the
 * document saying less than the service enforces.
 */
const MEANINGS: Record<string, ConstraintMeaning> = {
  isDefined: { phrase: () => 'must not be null', checks: 'kind' },
  // The pipe's own check that a body or query string is an object at all (not an array or a primitive).
  isObject: { phrase: () => 'must be a JSON object', checks: 'kind' },
  nestedValidation: { phrase: () => 'must be an object', checks: 'kind' },
  isArray: { schema: () => ({ type: 'array' }), phrase: () => 'must be an array', checks: 'kind' },
  isString: { schema: () => ({ type: 'string' }), phrase: () => 'must be a string', checks: 'kind' },
  isInt: { schema: () => ({ type: 'integer' }), phrase: () => 'must be an integer', checks: 'kind' },
  isNumber: { schema: () => ({ type: 'number' }), phrase: () => 'must be a number', checks: 'kind' },
  isBoolean: { schema: () => ({ type: 'boolean' }), phrase: () => 'must be true or false', checks: 'kind' },
  isUUID: { schema: () => ({ format: 'uuid' }), phrase: () => 'must be a UUID', checks: 'kind' },
  isIn: {
    schema: ([values]) => ({ enum: [...(values as unknown[])] }),
    phrase: ([values]) => {
      const list = values as unknown[];
      return list.length <= LISTED_VALUES
        ? `must be one of ${list.map(String).join(', ')}`
        : 'is not one of the accepted values';
    },
    checks: 'kind',
  },
  min: {
    schema: ([min]) => ({ minimum: min as number }),
    phrase: ([min]) => `must be at least ${String(min)}`,
    checks: 'size',
  },
  max: {
    schema: ([max]) => ({ maximum: max as number }),
    phrase: ([max]) => `must be at most ${String(max)}`,
    checks: 'size',
  },
  isLength: {
    schema: ([min, max]) => ({
      ...(typeof min === 'number' && min > 0 && { minLength: min }),
      ...(typeof max === 'number' && { maxLength: max }),
    }),
    phrase: ([min, max]) =>
      typeof max !== 'number'
        ? `must be at least ${count(min, 'character')} long`
        : `must be ${String(min)} to ${count(max, 'character')} long`,
    checks: 'size',
  },
  minLength: {
    schema: ([min]) => ({ minLength: min as number }),
    phrase: ([min]) => `must be at least ${count(min, 'character')} long`,
    checks: 'size',
  },
  maxLength: {
    schema: ([max]) => ({ maxLength: max as number }),
    phrase: ([max]) => `must be at most ${count(max, 'character')} long`,
    checks: 'size',
  },
  matches: {
    schema: ([pattern, flags]) => ({ pattern: regexSource(pattern, flags) }),
    phrase: ([pattern, flags]) => `must match ${regexSource(pattern, flags)}`,
  },
  notContains: {
    schema: ([seed]) => ({ pattern: notContainingPattern(String(seed)) }),
    phrase: ([seed]) => `must not contain ${JSON.stringify(seed)}`,
  },
  arrayMaxSize: {
    schema: ([max]) => ({ maxItems: max as number }),
    phrase: ([max]) => `must have at most ${count(max, 'item')}`,
    checks: 'size',
  },
  arrayMinSize: {
    schema: ([min]) => ({ minItems: min as number }),
    phrase: ([min]) => `must have at least ${count(min, 'item')}`,
    checks: 'size',
  },
};

/**
 * Constraints the schema needs no keyword for: conditions deciding whether the others run, and
 * rules `@ApiProperty` states already (`required`, the nested object's `$ref`).
 */
const NOTHING_TO_STATE = new Set([
  'conditionalValidation',
  'isOptional',
  'whitelistValidation',
  'isDefined',
  'nestedValidation',
]);

/** The name a constraint's failures are reported under (`isInt`, `nestedValidation`, …). */
export const constraintName = (metadata: ConstraintMetadata): string => metadata.name ?? metadata.type;

const CHECK_ORDER = { kind: 0, size: 1, form: 2 } as const;

/** Of the constraints a value failed, the one its single message is about (see `ConstraintMeaning.checks`). */
export function mostBasicFailure(failed: readonly string[]): string {
  const rank = (name: string) => CHECK_ORDER[MEANINGS[name]?.checks ?? 'form'];
  return failed.reduce((best, name) => (rank(name) < rank(best) ? name : best));
}

/** How a broken constraint is worded, e.g. `limit must be at most 100`; `undefined` for one without a shared wording. */
export function violationMessage(field: string, constraint: string, args: readonly unknown[]): string | undefined {
  const phrase = MEANINGS[constraint]?.phrase;
  return phrase && `${field} ${phrase(args)}`;
}

/** The error message for a failed constraint: the DTO's own when it has one, else the shared wording. */
export function constraintMessage(field: string, metadata: ConstraintMetadata | undefined, fallback: string): string {
  if (metadata === undefined || metadata.message !== undefined) return fallback;
  return violationMessage(field, constraintName(metadata), metadata.constraints ?? []) ?? fallback;
}

/**
 * The schema keywords a constraint contributes to its property's OpenAPI schema; `undefined` for
 * one with nothing to add. Throws for a constraint whose meaning is not known.
 */
export function constraintSchema(metadata: ConstraintMetadata): SchemaObject | undefined {
  const name = constraintName(metadata);
  if (NOTHING_TO_STATE.has(name)) return undefined;
  const schema = MEANINGS[name]?.schema;
  if (schema === undefined) {
    throw new Error(
      `cannot document the ${name} constraint of ${metadata.propertyName}: add its meaning to validation-rules.ts`,
    );
  }
  return schema(metadata.constraints ?? []);
}
