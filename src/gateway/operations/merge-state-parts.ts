import { MergedPosition } from './merged-position';

/** The stored event a part reflects last, in the service that stores it. */
export interface EventMark {
  position: string;
  occurredAt: string;
}

type Phase = 'not-created' | 'live' | 'deleted';

/** One part as a service folds it (`GET …/state/parts`). */
export interface PartAnswer {
  name: string;
  inline: boolean;
  view: unknown;
  asOf: EventMark | null;
  phase?: Phase;
}

/** A service's answer to `GET …/state/parts`. */
export interface ServiceParts {
  module: string;
  parts: PartAnswer[];
  deletion: EventMark | null;
}

export interface MergedState {
  /** Each part from the service whose events for it are the latest. */
  parts: Array<PartAnswer & { module: string }>;
  phase: Phase;
  /** The deletion, as a position of this gateway, when the subject was deleted by then. */
  deletion: EventMark | null;
  /** The latest event any part reflects, its position the services' positions read up to. */
  asOf: EventMark | null;
}

const later = (a: EventMark | null, b: EventMark | null): boolean =>
  a !== null && (b === null || Date.parse(a.occurredAt) > Date.parse(b.occurredAt));

/**
 * Merges the services' folds of one subject's state. Every service folds every declared part over
 * the events it stores; a part is taken from the service whose last event for it is the latest (a
 * tie keeps the first configured). That is exact for a part whose events one service stores, or whose
 * latest event carries its whole state — what a state part must be to be declared.
 */
export function mergeStateParts(services: readonly ServiceParts[]): MergedState {
  const names = services[0]?.parts.map((part) => part.name) ?? [];
  const parts = names.map((name) => {
    let chosen: (PartAnswer & { module: string }) | undefined;
    for (const { module, parts: answered } of services) {
      const part = answered.find((candidate) => candidate.name === name);
      if (part && (chosen === undefined || later(part.asOf, chosen.asOf))) chosen = { ...part, module };
    }
    return chosen!;
  });
  const owner = parts.find((part) => part.phase !== undefined);
  const phase: Phase = owner?.phase ?? (parts.some((part) => part.asOf !== null) ? 'live' : 'not-created');
  const deleting = owner && services.find((service) => service.module === owner.module)?.deletion;
  let position = MergedPosition.START;
  let asOf: EventMark | null = null;
  for (const { module, parts: answered } of services) {
    for (const part of answered) {
      if (part.asOf === null) continue;
      if (BigInt(part.asOf.position) > BigInt(position.of(module)))
        position = position.advance(module, part.asOf.position);
      if (later(part.asOf, asOf)) asOf = part.asOf;
    }
  }
  return {
    parts,
    phase,
    deletion:
      phase === 'deleted' && owner && deleting
        ? {
            position: MergedPosition.START.advance(owner.module, deleting.position).toString(),
            occurredAt: deleting.occurredAt,
          }
        : null,
    asOf: asOf && { position: position.toString(), occurredAt: asOf.occurredAt },
  };
}

/** The state document as one server answers it: the id, inline parts' fields, named parts, `asOf`. */
export function mergedDocument(id: string, merged: MergedState): Record<string, unknown> {
  const document: Record<string, unknown> = { id };
  for (const part of merged.parts) {
    if (part.inline) Object.assign(document, part.view);
    else document[part.name] = part.view;
  }
  document.asOf = merged.asOf;
  return document;
}
