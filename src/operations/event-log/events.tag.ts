/** The description of the `events` tag, shared by the event log and every declared timeline. */
export const EVENTS_TAG = 'Operators: the event store, live events and timelines';
