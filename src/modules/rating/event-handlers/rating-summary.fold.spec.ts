import fc from 'fast-check';
import { RatingTally, TalliedVote } from '../domain/rating-tally';
import { Stars } from '../domain/stars';
import {
  NO_SUMMARY,
  SummaryChanges,
  SummaryState,
  SummaryVoteEvent,
  evolveProductSummary,
  foldVotes,
  toVoteEvent,
} from './rating-summary.fold';

const PRODUCTS = ['0190a000-0000-7000-8000-000000000001', '0190A000-0000-7000-8000-000000000002'];

const voteEvent: fc.Arbitrary<SummaryVoteEvent> = fc.record({
  productId: fc.constantFrom(...PRODUCTS),
  userId: fc.constantFrom('ann', 'bob', 'cy'),
  streamVersion: fc.integer({ min: 1, max: 6 }),
  stars: fc.option(fc.constantFrom<Stars>(1, 2, 3, 4, 5), { nil: null }),
});

/** What storing `changes` leaves: the state plus the changed tallies and votes. */
function apply(state: SummaryState, changes: SummaryChanges): SummaryState {
  const tallies = new Map<string, RatingTally>([...state.tallies, ...changes.tallies]);
  const votes = new Map<string, TalliedVote>(state.votes);
  for (const [key, { vote }] of changes.votes) votes.set(key, vote);
  return { tallies, votes };
}

/** What `handle` event by event does: one fold per event, each storing its changes before the next. */
function oneByOne(state: SummaryState, events: readonly SummaryVoteEvent[]) {
  let current = state;
  const recalculated: SummaryChanges['recalculated'] = [];
  for (const event of events) {
    const changes = foldVotes(current, [event]);
    current = apply(current, changes);
    recalculated.push(...changes.recalculated);
  }
  return { state: current, recalculated };
}

const EMPTY: SummaryState = { tallies: new Map(), votes: new Map() };

describe('rating summary fold', () => {
  it('folding a run at once equals handling its events one by one, from any stored state', () => {
    fc.assert(
      fc.property(fc.array(voteEvent, { maxLength: 20 }), fc.array(voteEvent, { maxLength: 40 }), (history, run) => {
        const stored = oneByOne(EMPTY, history).state;

        const batch = foldVotes(stored, run);
        const sequential = oneByOne(stored, run);

        expect(apply(stored, batch)).toEqual(sequential.state);
        expect(batch.recalculated).toEqual(sequential.recalculated);
      }),
      { numRuns: 500 },
    );
  });

  it('announces every intermediate summary of a product, in order, and stores only the last', () => {
    const [product] = PRODUCTS;
    const changes = foldVotes(EMPTY, [
      { productId: product, userId: 'ann', streamVersion: 1, stars: 4 },
      { productId: product, userId: 'bob', streamVersion: 1, stars: 2 },
      { productId: product, userId: 'ann', streamVersion: 1, stars: 5 },
      { productId: product, userId: 'ann', streamVersion: 2, stars: null },
    ]);

    expect(changes.recalculated.map(({ tally }) => [tally.version, tally.histogram])).toEqual([
      [1, { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 }],
      [2, { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 }],
      [3, { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 }],
    ]);
    expect([...changes.tallies.values()]).toEqual([{ histogram: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 }, version: 3 }]);
    expect([...changes.votes.values()].map(({ userId, vote }) => [userId, vote])).toEqual([
      ['ann', { stars: null, version: 2 }],
      ['bob', { stars: 2, version: 1 }],
    ]);
  });

  it('reads a product stored under its lower-case id for an event that spells it in upper case', () => {
    const upper = PRODUCTS[1];
    const stored: SummaryState = {
      tallies: new Map([[upper.toLowerCase(), { histogram: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 }, version: 1 }]]),
      votes: new Map([[`${upper.toLowerCase()}/ann`, { stars: 3, version: 1 }]]),
    };

    const changes = foldVotes(stored, [{ productId: upper, userId: 'ann', streamVersion: 2, stars: 1 }]);

    expect(changes.recalculated).toEqual([
      { productId: upper, tally: { histogram: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0 }, version: 2 } },
    ]);
  });
});

describe('evolveProductSummary', () => {
  const oneProduct = fc.array(
    voteEvent.map((event) => ({ ...event, productId: PRODUCTS[0] })),
    { maxLength: 30 },
  );

  it("folds one product's events event by event to the tally foldVotes computes for the run", () => {
    fc.assert(
      fc.property(oneProduct, (events) => {
        const folded = events.reduce(evolveProductSummary, NO_SUMMARY);
        const run = foldVotes({ tallies: new Map(), votes: new Map() }, events);
        expect(folded.tally).toEqual(run.tallies.get(PRODUCTS[0].toLowerCase()) ?? NO_SUMMARY.tally);
      }),
    );
  });

  it('reads a stored rating or removal as the vote it carries', () => {
    const envelope = { eventId: 'e', streamId: 's', occurredAt: '', correlationId: 'c', causationId: null, actor: 'a' };
    const rated = toVoteEvent({
      ...envelope,
      type: 'rating.product-rated.v1',
      streamVersion: 2,
      payload: { productId: PRODUCTS[0], userId: 'ann', stars: 4, previousStars: null },
    });
    const removed = toVoteEvent({
      ...envelope,
      type: 'rating.rating-removed.v1',
      streamVersion: 3,
      payload: { productId: PRODUCTS[0], userId: 'ann', previousStars: 4 },
    });
    expect(rated).toEqual({ productId: PRODUCTS[0], userId: 'ann', stars: 4, streamVersion: 2 });
    expect(removed).toEqual({ productId: PRODUCTS[0], userId: 'ann', stars: null, streamVersion: 3 });
    expect([rated, removed].reduce(evolveProductSummary, NO_SUMMARY).tally.histogram).toEqual({
      1: 0,
      2: 0,
      3: 0,
      4: 0,
      5: 0,
    });
  });
});
