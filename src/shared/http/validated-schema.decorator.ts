import { ApiProperty, type ApiPropertyOptions, DECORATORS, type SchemaObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { constraintSchema } from './validation-rules';

/** The schema a property's constraints add up to; `each` constraints describe the array's items. */
function documentedRules(dto: Function, property: string): SchemaObject {
  const own: SchemaObject = {};
  const items: SchemaObject = {};
  const constraints = getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .filter((metadata) => metadata.propertyName === property);
  for (const constraint of constraints) {
    const schema = constraintSchema(constraint);
    if (schema === undefined) continue;
    const into = constraint.each ? items : own;
    for (const [keyword, value] of Object.entries(schema)) {
      const existing = (into as Record<string, unknown>)[keyword];
      if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(value)) {
        throw new Error(`${dto.name}.${property}: two constraints state ${keyword} differently`);
      }
      (into as Record<string, unknown>)[keyword] = value;
    }
  }
  return Object.keys(items).length > 0 ? { ...own, type: 'array', items } : own;
}

/**
 * Writes the class-validator rules of a request DTO (types, bounds, lengths, patterns, enums, each
 * item's rules) into its OpenAPI schema, so the document states exactly what the validation pipe
 * enforces and a rule is declared once. Put it on every class that `@Body()` or `@Query()` receive,
 * nested ones included; `@ApiProperty` then only adds descriptions and examples. Refuses a DTO with
 * a validated property that is not documented, or a rule it cannot state (see `validation-rules.ts`).
 */
export function ValidatedSchema(): ClassDecorator {
  return (dto) => {
    const properties = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(dto, '', true, false)
        .map((metadata) => metadata.propertyName),
    );
    for (const property of properties) {
      if (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, dto.prototype, property) === undefined) {
        throw new Error(`${dto.name}.${property} is validated but not documented: add @ApiProperty`);
      }
      ApiProperty(documentedRules(dto, property) as ApiPropertyOptions)(dto.prototype, property);
    }
  };
}
