type Leaves = Map<string, string>;

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function collectLeaves(value: unknown, pointer: string, into: Leaves): Leaves {
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) collectLeaves(child, `${pointer}/${escape(key)}`, into);
  } else {
    into.set(pointer, JSON.stringify(value));
  }
  return into;
}

/** What a reader recognises (an operation, a schema, or else the top-level section), and where inside it. */
function locate(pointer: string): { subject: string; within: string } {
  const segments = pointer.split('/').slice(1);
  const [section, first, second] = segments.map(unescape);
  const within = (depth: number) => segments.slice(depth).join('/') || '(itself)';
  if (section === 'paths' && first && second)
    return { subject: `operation ${second.toUpperCase()} ${first}`, within: within(3) };
  if (section === 'components' && first && second) return { subject: `${first} ${second}`, within: within(3) };
  return { subject: section ?? '(root)', within: within(1) };
}

/**
 * One line per operation, schema or section that differs between two OpenAPI documents, with the
 * first difference inside each, so a drift failure says what changed without a raw diff.
 */
export function summariseDifferences(committed: unknown, served: unknown): string[] {
  const before = collectLeaves(committed, '', new Map());
  const after = collectLeaves(served, '', new Map());
  const changes = new Map<string, { added: number; removed: number; changed: number; example: string }>();
  const note = (pointer: string, kind: 'added' | 'removed' | 'changed') => {
    const { subject, within } = locate(pointer);
    const entry = changes.get(subject) ?? { added: 0, removed: 0, changed: 0, example: `${kind} ${within}` };
    entry[kind]++;
    changes.set(subject, entry);
  };
  for (const [pointer, value] of after) {
    if (!before.has(pointer)) note(pointer, 'added');
    else if (before.get(pointer) !== value) note(pointer, 'changed');
  }
  for (const pointer of before.keys()) if (!after.has(pointer)) note(pointer, 'removed');
  return [...changes.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([subject, { added, removed, changed, example }]) => {
      const counts = Object.entries({ added, removed, changed })
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ');
      return `${subject}: ${counts} values (first: ${example})`;
    });
}
