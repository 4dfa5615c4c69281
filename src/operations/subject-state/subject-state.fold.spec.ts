import { IntegrationEvent, IntegrationEventClass, Type } from '../../shared/messaging/integration-event';
import { StatePart, statePart } from '../../shared/modularity/state-part';
import { SubjectEvent, foldSubjectState, stateDocument } from './subject-state.fold';

const eventClass = (type: string): IntegrationEventClass =>
  class extends IntegrationEvent {
    static override readonly type = type;
    static override readonly payloadSchema = Type.Object({});
  };
const Opened = eventClass('x.opened.v1');
const Closed = eventClass('x.closed.v1');
const Ticked = eventClass('y.ticked.v1');
const Ignored = eventClass('y.ignored.v1');

const lifecycle: StatePart = statePart({
  subject: 'thing',
  name: 'life',
  inline: true,
  events: [Opened, Closed],
  initial: null as { label: string; closed: boolean } | null,
  evolve: (state, event) =>
    event.type === Opened.type
      ? { label: String(event.payload.label), closed: false }
      : state && { ...state, closed: true },
  view: (state) => state && { label: state.label },
  schema: Type.Object({ label: Type.String() }),
  phase: (state) => (state === null ? 'not-created' : state.closed ? 'deleted' : 'live'),
});
const ticks: StatePart = statePart({
  subject: 'thing',
  name: 'ticks',
  events: [Ticked],
  initial: 0,
  evolve: (count) => count + 1,
  view: (count) => count,
  schema: Type.Integer(),
});

let position = 0;
const event = (type: string, payload: Record<string, unknown> = {}): SubjectEvent => {
  position += 1;
  return {
    eventId: `e${position}`,
    type,
    streamId: 's',
    streamVersion: position,
    occurredAt: new Date(Date.UTC(2026, 2, 1, 12, 0, position)).toISOString(),
    correlationId: 'c',
    causationId: null,
    actor: 'a',
    payload,
    position: String(position),
  };
};

describe('foldSubjectState', () => {
  const opened = event(Opened.type, { label: 'first' });
  const ticked = event(Ticked.type);
  const ignored = event(Ignored.type);
  const closed = event(Closed.type);
  const tickedAfter = event(Ticked.type);

  it('has no subject before its lifecycle part sees it, whatever else happened', () => {
    expect(foldSubjectState([lifecycle, ticks], []).phase).toBe('not-created');
    expect(foldSubjectState([lifecycle, ticks], [ticked]).phase).toBe('not-created');
  });

  it('folds each event into the parts that declare its type, and marks the last one that counted', () => {
    const fold = foldSubjectState([lifecycle, ticks], [opened, ticked, ignored]);
    expect(fold.phase).toBe('live');
    expect(stateDocument('t-1', fold.parts)).toEqual({
      id: 't-1',
      label: 'first',
      ticks: 1,
      asOf: { position: ticked.position, occurredAt: ticked.occurredAt },
    });
  });

  it('keeps every part as it was right before the deletion', () => {
    const fold = foldSubjectState([lifecycle, ticks], [opened, ticked, closed, tickedAfter]);
    expect(fold.phase).toBe('deleted');
    expect(fold.beforeDeletion?.deletion).toEqual({ position: closed.position, occurredAt: closed.occurredAt });
    expect(stateDocument('t-1', fold.beforeDeletion!.parts)).toMatchObject({ label: 'first', ticks: 1 });
    expect(stateDocument('t-1', fold.parts)).toMatchObject({ ticks: 2 });
  });

  it('without a lifecycle part, exists once any part counted an event', () => {
    expect(foldSubjectState([ticks], []).phase).toBe('not-created');
    expect(foldSubjectState([ticks], [ticked]).phase).toBe('live');
  });
});
