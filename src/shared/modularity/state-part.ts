import type { TSchema } from '@sinclair/typebox';
import { EventEnvelope, IntegrationEventClass } from '../messaging/integration-event';

/** Where a subject stands in its life, as the part that owns its lifecycle reads it from its state. */
export type SubjectPhase = 'not-created' | 'live' | 'deleted';

/**
 * A module's part of a subject's state at a point in time (`GET /<resource>/:id/state?at=`): a pure
 * fold over stored events about the subject. `evolve` must be the function the module's live read
 * model applies, so the reconstruction and the live view cannot disagree.
 *
 * Folded in every process, over the events its own store holds; with a database per service, the
 * gateway keeps each part from the service whose events for it are the latest. That is exact when the
 * part's events come from one service, or when the latest of them carries the part's whole state.
 */
export interface StatePart<S = unknown, V = unknown> {
  /** The subject kind, as contracts declare it in `subjects` (e.g. `product`). */
  subject: string;
  /** Unique per subject; the member of the state document (unless `inline`). */
  name: string;
  /** The part's view's fields go to the top level of the state document instead of a member. */
  inline?: boolean;
  /** The event classes the fold reads (stored events of older versions arrive upcast to these). */
  events: readonly IntegrationEventClass[];
  /** The state before any event; never mutated. */
  initial: S;
  /** The state after one more event about the subject; pure. */
  evolve(state: S, event: EventEnvelope<Record<string, unknown>>): S;
  /** What clients see of the state. */
  view(state: S): V;
  /** JSON schema of `view`'s result, for the API document. */
  schema: TSchema;
  /** Present on the one part that owns the subject's lifecycle (its creation and deletion). */
  phase?(state: S): SubjectPhase;
}

/** Declares a state part with its state and view types checked, stored untyped in a module definition. */
export function statePart<S, V>(part: StatePart<S, V>): StatePart {
  return part as unknown as StatePart;
}
