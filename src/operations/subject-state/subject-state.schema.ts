import { type OpenAPIObject, type SchemaObject, getSchemaPath } from '@nestjs/swagger';
import { exampleOf } from '../../shared/http/schema-example';
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
      description: 'Position of the event (through the gateway: a position of the gateway, one per service)',
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

/** An example of the 410 problem of `path`, its last state made from the document's schema. */
export function deletedProblemExample(subject: string, path: string, document: SchemaObject): unknown {
  const mark = exampleOf({} as OpenAPIObject, EVENT_MARK_SCHEMA);
  return {
    type: 'about:blank',
    title: 'Gone',
    status: 410,
    detail: `${subject} 0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10 had been deleted by then; lastState is its state right before`,
    instance: path.replace(':id', '0190f7a2-6c1e-7cc4-9a53-2f1c9d6b9a10'),
    code: 'state.deleted',
    lastState: exampleOf({} as OpenAPIObject, document),
    deletedAt: mark,
  };
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
