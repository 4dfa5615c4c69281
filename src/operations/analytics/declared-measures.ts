import { MeasureDeclaration } from '../../shared/modularity/module-definition';

/** A payload field name as contracts declare it; anything else never reaches SQL. */
const FIELD = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;
const NAME = /^[a-z][a-z0-9-]*$/;

/** A declared measure as the rollup folds it: the event type counted and the payload fields read. */
export interface RolledMeasure {
  /** `<resource>/<name>`, the key of its rows in the rollup. */
  key: string;
  name: string;
  resource: string;
  description: string;
  type: string;
  /** The payload field holding the subject's id. */
  field: string;
  /** The integer payload field added up, or null to count events. */
  amount: string | null;
}

/**
 * The measures every module declares, checked once at start-up: a measure whose event does not
 * declare its subject, a bad field name or a duplicate name stops the process with a clear message.
 */
export class DeclaredMeasures {
  readonly all: readonly RolledMeasure[];

  constructor(declarations: readonly MeasureDeclaration[]) {
    this.all = declarations.map(toRolled);
    const keys = this.all.map((measure) => measure.key);
    const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
    if (duplicate !== undefined) throw new Error(`measure ${duplicate} is declared twice`);
  }

  /** The resources that have measures, each once. */
  resources(): string[] {
    return [...new Set(this.all.map((measure) => measure.resource))];
  }

  of(resource: string): RolledMeasure[] {
    return this.all.filter((measure) => measure.resource === resource);
  }
}

function toRolled(declaration: MeasureDeclaration): RolledMeasure {
  const { name, subject, resource, event, amount, description } = declaration;
  const field = event.subjects?.[subject];
  if (!NAME.test(name) || !NAME.test(resource)) {
    throw new Error(`measure "${resource}/${name}": name and resource must be kebab-case`);
  }
  if (field === undefined) throw new Error(`measure ${name}: ${event.type} declares no subject ${subject}`);
  for (const payloadField of [field, amount ?? 'count']) {
    if (!FIELD.test(payloadField)) throw new Error(`measure ${name}: "${payloadField}" is not a payload field name`);
  }
  return { key: `${resource}/${name}`, name, resource, description, type: event.type, field, amount: amount ?? null };
}
