import { EventEnvelope } from '../../shared/messaging/integration-event';
import { StatePart, SubjectPhase } from '../../shared/modularity/state-part';

/** The stored event a state reflects last: where it is in the store, and when it happened. */
export interface EventMark {
  position: string;
  occurredAt: string;
}

/** A stored event about the subject, upcast to the current version of its type. */
export type SubjectEvent = EventEnvelope<Record<string, unknown>> & EventMark;

/** One part's state, and the last event it folded (null: none, it is the initial state). */
export interface FoldedPart {
  part: StatePart;
  state: unknown;
  asOf: EventMark | null;
}

export interface SubjectStateFold {
  parts: FoldedPart[];
  phase: SubjectPhase;
  /** Once deleted: every part as it was right before the deletion, and the deletion's event. */
  beforeDeletion?: { parts: FoldedPart[]; deletion: EventMark };
}

const mark = ({ position, occurredAt }: EventMark): EventMark => ({ position, occurredAt });

/** The subject's phase by the part owning its lifecycle; without one, it exists once any part folded an event. */
export function phaseOf(parts: readonly FoldedPart[]): SubjectPhase {
  const owner = parts.find(({ part }) => part.phase !== undefined);
  if (owner) return owner.part.phase!(owner.state);
  return parts.some(({ asOf }) => asOf !== null) ? 'live' : 'not-created';
}

/**
 * Folds the events about one subject, in store order, into each declared part: an event reaches the
 * parts whose declared contracts include its type and becomes their `asOf`.
 */
export function foldSubjectState(parts: readonly StatePart[], events: readonly SubjectEvent[]): SubjectStateFold {
  let folded: FoldedPart[] = parts.map((part) => ({ part, state: part.initial, asOf: null }));
  let beforeDeletion: SubjectStateFold['beforeDeletion'];
  for (const event of events) {
    if (!folded.some(({ part }) => readsType(part, event.type))) continue;
    const before = folded;
    folded = folded.map((entry) =>
      readsType(entry.part, event.type)
        ? { part: entry.part, state: entry.part.evolve(entry.state, event), asOf: mark(event) }
        : entry,
    );
    if (beforeDeletion === undefined && phaseOf(before) !== 'deleted' && phaseOf(folded) === 'deleted') {
      beforeDeletion = { parts: before, deletion: mark(event) };
    }
  }
  return { parts: folded, phase: phaseOf(folded), ...(beforeDeletion && { beforeDeletion }) };
}

function readsType(part: StatePart, type: string): boolean {
  return part.events.some((eventClass) => eventClass.type === type);
}

/** The latest of some marks by position within one store; null when there are none. */
export function latestMark(marks: ReadonlyArray<EventMark | null>): EventMark | null {
  let latest: EventMark | null = null;
  for (const candidate of marks) {
    if (candidate && (latest === null || BigInt(candidate.position) > BigInt(latest.position))) latest = candidate;
  }
  return latest;
}

/**
 * The state document clients read: the subject's id, each part's view (an inline part's fields at
 * the top level, any other under its name) and `asOf`, the last event any part folded.
 */
export function stateDocument(id: string, parts: readonly FoldedPart[]): Record<string, unknown> {
  const document: Record<string, unknown> = { id };
  for (const { part, state } of parts) {
    const view = part.view(state);
    if (part.inline) Object.assign(document, view);
    else document[part.name] = view;
  }
  document.asOf = latestMark(parts.map(({ asOf }) => asOf));
  return document;
}
