import { type SchemaObject, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetailsDto } from '../../shared/http/problem.schema';
import { StatePart } from '../../shared/modularity/state-part';

/** A declared TypeBox schema as plain JSON (TypeBox keeps its own markers under symbols). */
const plain = (schema: unknown): SchemaObject => JSON.parse(JSON.stringify(schema)) as SchemaObject;

export const EVENT_MARK_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['position', 'occurredAt'],
  properties: {
    position: {
      type: 'string',
      example: '1042',
      description: 'Position of the event (through the gateway: the position there, e.g. `catalog:12,rating:7`)',
    },
    occurredAt: { type: 'string', format: 'date-time' },
  },
};

/** The state document's schema, assembled from the parts' declared schemas. */
export function stateDocumentSchema(subject: string, parts: readonly StatePart[]): SchemaObject {
  const properties: Record<string, SchemaObject> = {
    id: { type: 'string', format: 'uuid', description: `The ${subject}'s id` },
  };
  const required = ['id'];
  for (const part of parts) {
    const schema = plain(part.schema);
    if (part.inline) {
      Object.assign(properties, schema.properties);
      required.push(...(schema.required ?? []));
    } else {
      properties[part.name] = schema;
      required.push(part.name);
    }
  }
  properties.asOf = { ...EVENT_MARK_SCHEMA, description: 'The last stored event the state reflects' };
  required.push('asOf');
  return { type: 'object', required, properties };
}

/** The 410 problem: the standard members, and the state the subject had right before it was deleted. */
export function deletedProblemSchema(document: SchemaObject): SchemaObject {
  return {
    allOf: [
      { $ref: getSchemaPath(ProblemDetailsDto) },
      {
        type: 'object',
        required: ['lastState', 'deletedAt'],
        properties: {
          lastState: { ...document, description: 'The state right before the deletion' },
          deletedAt: { ...EVENT_MARK_SCHEMA, description: 'The deletion event' },
        },
      },
    ],
  };
}

/** One process's parts, as the gateway merges them across services. */
export const STATE_PARTS_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['parts', 'deletion'],
  properties: {
    parts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'inline', 'view', 'asOf'],
        properties: {
          name: { type: 'string', example: 'stock' },
          inline: { type: 'boolean', description: "The view's fields go to the top level of the state document" },
          view: { description: 'The part as the state document shows it (null before the subject exists)' },
          asOf: { ...EVENT_MARK_SCHEMA, nullable: true, description: 'The last event this process folded into it' },
          phase: {
            type: 'string',
            enum: ['not-created', 'live', 'deleted'],
            description: "Present on the part that owns the subject's lifecycle",
          },
        },
      },
    },
    deletion: { ...EVENT_MARK_SCHEMA, nullable: true, description: 'The deletion event, if this process stores it' },
  },
};
